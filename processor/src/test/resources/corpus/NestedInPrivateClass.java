// case: a public driver nested in a private class: the registry cannot reach it
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class NestedInPrivateClass {
    private static class Holder {
        @SourceDriver(kind = "unreachable", supports = Engine.STOREY)
        public static class Csv extends BaseSourceDriver { // expect: DK018
            public Flow.Publisher<Event> toStep(StepRequest request) {
                return null;
            }
        }
    }
}
