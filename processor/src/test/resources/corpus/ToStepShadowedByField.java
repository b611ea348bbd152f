// case: a field named like the engine method does not count as the method
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "fieldnamed", supports = Engine.STOREY)
public class ToStepShadowedByField extends BaseSourceDriver { // expect: DK022
    Flow.Publisher<Event> toStep;
}
