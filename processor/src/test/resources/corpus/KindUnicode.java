// case: DK002, a kind with an accented letter (kinds are ASCII; the fix suggests one)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "café", supports = Engine.STOREY) // expect: DK002
public class KindUnicode extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
