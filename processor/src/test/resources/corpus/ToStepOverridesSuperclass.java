// case: the driver overrides its superclass's toStep: one method, not two
// expect: clean
// generates: corpus.ToStepOverridesSuperclass
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "override", supports = Engine.STOREY)
public class ToStepOverridesSuperclass extends ToStepOverridesSuperclassBase {
    @Override
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}

abstract class ToStepOverridesSuperclassBase extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
