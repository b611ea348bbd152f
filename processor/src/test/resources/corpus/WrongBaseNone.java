// case: DK010, no base class at all
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "nobase", supports = Engine.STOREY)
public class WrongBaseNone { // expect: DK010
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
