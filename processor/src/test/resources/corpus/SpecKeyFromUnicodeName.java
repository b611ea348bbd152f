// case: DK035, a field named with a non-ASCII letter gets a key that is not valid
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "speccafe", supports = Engine.STOREY)
public class SpecKeyFromUnicodeName extends BaseSourceDriver {
    @Spec String café; // expect: DK035

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
