// case: DK023, a static engine method
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "static", supports = Engine.STOREY)
public class MethodStatic extends BaseSourceDriver {
    public static Flow.Publisher<Event> toStep(StepRequest request) { // expect: DK023
        return null;
    }
}
