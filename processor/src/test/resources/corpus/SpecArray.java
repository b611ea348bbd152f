// case: an array @Spec field
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "arrays", supports = Engine.STOREY)
public class SpecArray extends BaseSourceDriver {
    @Spec String[] columns; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
