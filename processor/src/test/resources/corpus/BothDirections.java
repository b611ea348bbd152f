// case: DK016
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "both", supports = Engine.STOREY)
@TargetDriver(kind = "both", supports = Engine.STOREY)
public class BothDirections extends BaseSourceDriver { // expect: DK016
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
