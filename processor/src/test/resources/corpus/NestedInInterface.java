// case: a driver nested in an interface is implicitly public and static
// expect: clean
// generates: corpus.NestedInInterface$Csv
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public interface NestedInInterface {
    @SourceDriver(kind = "ininterface", supports = Engine.STOREY)
    class Csv extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
