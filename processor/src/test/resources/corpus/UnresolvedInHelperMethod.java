// case: an unknown type in a method of the driver's own: javac's error; driverkit checks the rest and finds it valid
// generates: corpus.UnresolvedInHelperMethod
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "helper", supports = Engine.STOREY)
public class UnresolvedInHelperMethod extends BaseSourceDriver {
    void connect(NoSuchClient client) { // expect: error
    }

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
