// case: the driver's superclass is generated in round 2 by another processor
// expect: clean
// generates: corpus.DeferredBase
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import dev.driverkit.processor.corpus.DeferredSource;
import java.util.concurrent.Flow;

@DeferredSource(name = "corpus.GeneratedBase", code = "package corpus; public abstract class GeneratedBase extends dev.driverkit.BaseSourceDriver { @dev.driverkit.Spec public String table; }")
@SourceDriver(kind = "deferred", supports = Engine.STOREY)
public class DeferredBase extends GeneratedBase {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
