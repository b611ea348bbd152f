// case: DK015, only a constructor with parameters
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "noctor", supports = Engine.STOREY)
public class NoArgConstructorMissing extends BaseSourceDriver { // expect: DK015
    public NoArgConstructorMissing(String path) {}

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
