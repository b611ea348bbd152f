// case: the driver extends a class that does not exist: javac's error first, then DK090 once, nothing else
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "missing-base", supports = Engine.STOREY)
public class UnresolvedSuperclass extends NoSuchBase { // expect: error DK090
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
