// case: toStep in the driver, an overload in the superclass: DK025 on the second one the compiler lists (javac: the
// driver's own method; ECJ's order varies from run to run, so there on that method or on the class)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "overloadsuper", supports = Engine.STOREY)
public class ToStepOverloadedInSuperclass extends ToStepOverloadedInSuperclassBase { // expect[ecj]: DK025?
    public Flow.Publisher<Event> toStep(StepRequest request) { // expect[javac]: DK025 expect[ecj]: DK025?
        return null;
    }
}

abstract class ToStepOverloadedInSuperclassBase extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request, int parallelism) {
        return null;
    }
}
