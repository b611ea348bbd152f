// case: toStep returns a publisher class generated in round 2 by another processor
// expect: clean
// generates: corpus.DeferredReturnType
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import dev.driverkit.processor.corpus.DeferredSource;

@DeferredSource(name = "corpus.GeneratedPublisher", code = "package corpus; public abstract class GeneratedPublisher"
        + " implements java.util.concurrent.Flow.Publisher<dev.driverkit.engine.Event> {}")
@SourceDriver(kind = "deferredreturn", supports = Engine.STOREY)
public class DeferredReturnType extends BaseSourceDriver {
    public GeneratedPublisher toStep(StepRequest request) {
        return null;
    }
}
