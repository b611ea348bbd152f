// case: DK036, a warning: "path" is also a common key
// generates: corpus.SpecKeyReserved
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specpath", supports = Engine.STOREY)
public class SpecKeyReserved extends BaseSourceDriver {
    @Spec String path; // expect: DK036

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
