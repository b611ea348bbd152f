// case: DK001 alone
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = " ", supports = Engine.STOREY) // expect: DK001
public class KindBlank extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
