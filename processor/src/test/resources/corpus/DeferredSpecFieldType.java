// case: a @Spec field whose enum is generated in round 3 by another processor
// expect: clean
// generates: corpus.DeferredSpecFieldType
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import dev.driverkit.processor.corpus.DeferredSource;

@DeferredSource(name = "corpus.Mode", code = "package corpus; public enum Mode { FAST, SAFE }", round = 3)
@SourceDriver(kind = "deferredspec", supports = Engine.STOREY)
public class DeferredSpecFieldType extends BaseSourceDriver {
    @Spec Mode mode;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
