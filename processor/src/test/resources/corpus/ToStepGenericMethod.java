// case: a generic toStep is not the method engines call
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "genericmethod", supports = Engine.STOREY)
public class ToStepGenericMethod extends BaseSourceDriver {
    public <R extends StepRequest> Flow.Publisher<Event> toStep(R request) { // expect: DK023
        return null;
    }
}
