// case: iterator = true without isIterator
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "chunks", supports = Engine.STOREY, iterator = true)
public class IteratorWithoutIsIterator extends BaseSourceDriver { // expect: DK022
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
