// case: a driver declared as a local class: annotation processors never see local classes, so nothing is generated (javac and ECJ alike)
// expect: clean
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class OnLocalClass {
    Object make() {
        @SourceDriver(kind = "local", supports = Engine.STOREY)
        class Local extends BaseSourceDriver {
            public Flow.Publisher<Event> toStep(StepRequest request) {
                return null;
            }
        }
        return new Local();
    }
}
