// case: DK011, DK012 and DK014 at once, each reported
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "shape", supports = Engine.STOREY)
abstract class SeveralClassShape<T> extends BaseSourceDriver { // expect: DK011 DK012 DK014
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
