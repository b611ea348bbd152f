// case: an engine method whose parameter type does not exist: javac's error, then DK090, no DK023
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "noparam", supports = Engine.STOREY)
public class UnresolvedParameterType extends BaseSourceDriver { // expect: DK090
    public Flow.Publisher<Event> toStep(NoSuchRequest request) { // expect: error
        return null;
    }
}
