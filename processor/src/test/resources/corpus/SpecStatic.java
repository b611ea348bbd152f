// case: DK030
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specstatic", supports = Engine.STOREY)
public class SpecStatic extends BaseSourceDriver {
    @Spec static String table; // expect: DK030

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
