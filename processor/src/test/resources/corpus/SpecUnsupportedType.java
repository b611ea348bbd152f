// case: DK033, a type with no JSON form
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specthread", supports = Engine.STOREY)
public class SpecUnsupportedType extends BaseSourceDriver {
    @Spec Thread worker; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
