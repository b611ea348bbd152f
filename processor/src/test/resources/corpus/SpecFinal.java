// case: DK031
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specfinal", supports = Engine.STOREY)
public class SpecFinal extends BaseSourceDriver {
    @Spec final String table = "t"; // expect: DK031

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
