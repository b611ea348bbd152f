// case: a map keyed by something other than String
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.Map;

@SourceDriver(kind = "enumkeys", supports = Engine.STOREY)
public class SpecMapWithEnumKeys extends BaseSourceDriver {
    @Spec Map<Engine, String> perEngine; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
