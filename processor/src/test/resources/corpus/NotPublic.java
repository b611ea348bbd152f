// case: DK011 alone (the implicit constructor of a package-private class is no second error)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "hidden", supports = Engine.STOREY)
class NotPublic extends BaseSourceDriver { // expect: DK011
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
