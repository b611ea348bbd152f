// case: DK013, a non-static member class
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class InnerClassDriver {
    @SourceDriver(kind = "inner", supports = Engine.STOREY)
    public class Inner extends BaseSourceDriver { // expect: DK013
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
