// case: a driver class named with non-ASCII letters, with an ASCII kind
// expect: clean
// generates: corpus.UnicodeClassName$Café
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class UnicodeClassName {
    @SourceDriver(kind = "cafe", supports = Engine.STOREY)
    public static class Café extends BaseSourceDriver {
        @Spec String size;

        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
