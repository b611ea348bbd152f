// case: DK023, parameters that differ
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "params", supports = Engine.STOREY)
public class MethodWrongParameters extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(String request) { // expect: DK023
        return null;
    }
}
