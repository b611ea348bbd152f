// case: DK002, a kind of a character outside the BMP only
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "\uD83D\uDE00", supports = Engine.STOREY) // expect: DK002
public class KindEmoji extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
