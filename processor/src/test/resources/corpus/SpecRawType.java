// case: a raw List
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.List;

@SourceDriver(kind = "raw", supports = Engine.STOREY)
public class SpecRawType extends BaseSourceDriver {
    @SuppressWarnings("rawtypes")
    @Spec List names; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
