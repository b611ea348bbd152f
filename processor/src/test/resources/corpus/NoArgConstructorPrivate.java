// case: DK015 on the private no-arg constructor itself
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "privatector", supports = Engine.STOREY)
public class NoArgConstructorPrivate extends BaseSourceDriver {
    private NoArgConstructorPrivate() {} // expect: DK015

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
