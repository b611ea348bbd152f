// case: the kind from a constant of another class, and supports through a static import
// expect: clean
// generates: corpus.KindFromConstant
package corpus;

import static dev.driverkit.Engine.STOREY;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = KindFromConstant.Kinds.PREFIX + "-csv", supports = STOREY)
public class KindFromConstant extends BaseSourceDriver {
    static final class Kinds {
        static final String PREFIX = "acme";
    }

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
