// case: a @Spec field of a private nested enum the generated codec cannot name
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "privateenum", supports = Engine.STOREY)
public class SpecPrivateEnum extends BaseSourceDriver {
    private enum Mode { FAST, SAFE }

    @Spec Mode mode; // expect: DK032

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
