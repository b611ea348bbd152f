// case: DK002, a kind starting with a digit
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "3d", supports = Engine.STOREY) // expect: DK002
public class KindStartsWithDigit extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
