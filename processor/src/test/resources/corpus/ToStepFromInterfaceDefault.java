// case: toStep is a default method of an interface the driver implements
// expect: clean
// generates: corpus.ToStepFromInterfaceDefault
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "defaultmethod", supports = Engine.STOREY)
public class ToStepFromInterfaceDefault extends BaseSourceDriver implements Streams {
}

interface Streams {
    default Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
