// case: a wildcard element type
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.List;

@SourceDriver(kind = "wildcard", supports = Engine.STOREY)
public class SpecWildcard extends BaseSourceDriver {
    @Spec List<? extends CharSequence> names; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
