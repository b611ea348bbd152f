// case: a private toStep in the superclass is not inherited: the method is missing
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "privatesuper", supports = Engine.STOREY)
public class ToStepPrivateInSuperclass extends ToStepPrivateInSuperclassBase { // expect: DK022
}

abstract class ToStepPrivateInSuperclassBase extends BaseSourceDriver {
    @SuppressWarnings("unused")
    private Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
