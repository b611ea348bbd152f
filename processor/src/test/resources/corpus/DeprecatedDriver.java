// case: a deprecated driver: its generated code must not add deprecation warnings
// expect: clean
// generates: corpus.DeprecatedDriver
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

/** @deprecated use another driver */
@Deprecated
@SourceDriver(kind = "old", supports = Engine.STOREY)
public class DeprecatedDriver extends BaseSourceDriver {
    @Spec String table;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
