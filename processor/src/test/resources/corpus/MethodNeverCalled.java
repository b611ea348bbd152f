// case: DK027, isIterator without iterator = true
// generates: corpus.MethodNeverCalled
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "nevercalled", supports = Engine.STOREY)
public class MethodNeverCalled extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    public boolean isIterator() { // expect: DK027
        return true;
    }
}
