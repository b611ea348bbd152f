// case: the kind names a constant that does not exist: javac's error, none of ours (no DK001)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = Kinds.CSV, supports = Engine.STOREY) // expect: error
public class KindFromMissingConstant extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
