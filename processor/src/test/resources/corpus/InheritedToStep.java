// case: toStep inherited from an abstract superclass that is not a driver
// expect: clean
// generates: corpus.InheritedToStep
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "inherited", supports = Engine.STOREY)
public class InheritedToStep extends InheritedToStepBase {
}

abstract class InheritedToStepBase extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
