// case: DK010, a source that extends the target base class
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "wrongbase", supports = Engine.STOREY)
public class WrongBaseTargetBase extends BaseStoreTarget { // expect: DK010
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
