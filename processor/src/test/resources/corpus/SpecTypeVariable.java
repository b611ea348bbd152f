// case: a @Spec field of a generic superclass, fixed to String by the driver
// expect: clean
// generates: corpus.SpecTypeVariable
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "typevar", supports = Engine.STOREY)
public class SpecTypeVariable extends SpecTypeVariableBase<String> {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}

abstract class SpecTypeVariableBase<T> extends BaseSourceDriver {
    @Spec T value;
}
