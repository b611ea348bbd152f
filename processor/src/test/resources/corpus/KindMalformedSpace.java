// case: DK002, a space inside the kind
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "my csv", supports = Engine.STOREY) // expect: DK002
public class KindMalformedSpace extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
