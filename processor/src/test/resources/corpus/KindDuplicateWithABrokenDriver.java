// case: a valid driver and an abstract one share a kind: DK003 on both though one has another error, and
// nothing is generated for either
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class KindDuplicateWithABrokenDriver {
    @SourceDriver(kind = "shared", supports = Engine.STOREY) // expect: DK003
    public static class Valid extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }

    @SourceDriver(kind = "shared", supports = Engine.STOREY) // expect: DK003
    public abstract static class Broken extends BaseSourceDriver { // expect: DK012
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
