// case: the superclass driver is broken (abstract); the subclass driver is valid and generated
// generates: corpus.DriverExtendsBrokenDriver$Concrete
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "abstract-base", supports = Engine.STOREY)
public abstract class DriverExtendsBrokenDriver extends BaseSourceDriver { // expect: DK012
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    @SourceDriver(kind = "concrete", supports = Engine.STOREY)
    public static class Concrete extends DriverExtendsBrokenDriver {
    }
}
