// case: DK035, a key with a space
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "speckey", supports = Engine.STOREY)
public class SpecKeyMalformed extends BaseSourceDriver {
    @Spec(name = "field delimiter") String delimiter; // expect: DK035

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
