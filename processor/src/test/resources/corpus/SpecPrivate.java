// case: DK032
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specprivate", supports = Engine.STOREY)
public class SpecPrivate extends BaseSourceDriver {
    @Spec private String table; // expect: DK032

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
