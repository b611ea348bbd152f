// case: a deprecated-for-removal spec field type and engine method: the generated code suppresses "removal" (and
// only that: an unneeded suppression is a warning on ECJ)
// expect: clean
// generates: corpus.DeprecatedForRemoval
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "removal", supports = Engine.STOREY)
@SuppressWarnings("removal")
public class DeprecatedForRemoval extends BaseSourceDriver {
    @Spec OldMode mode;

    @Deprecated(forRemoval = true)
    enum OldMode {
        FAST
    }

    @Deprecated(forRemoval = true)
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
