// case: DK014
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "generic", supports = Engine.STOREY)
public class GenericDriver<T> extends BaseSourceDriver { // expect: DK014
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
