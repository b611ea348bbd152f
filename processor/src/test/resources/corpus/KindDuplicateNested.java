// case: DK003, two sources with one kind in one file
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class KindDuplicateNested {
    @SourceDriver(kind = "csv", supports = Engine.STOREY) // expect: DK003
    public static class First extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }

    @SourceDriver(kind = "csv", supports = Engine.STOREY) // expect: DK003
    public static class Second extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
