// case: DK012
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "abstract", supports = Engine.STOREY)
public abstract class AbstractDriver extends BaseSourceDriver { // expect: DK012
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
