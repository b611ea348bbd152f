// case: a @Spec field of a recursive class of the user's own
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "recursive", supports = Engine.STOREY)
public class SpecRecursive extends BaseSourceDriver {
    @Spec Node root; // expect: DK033

    static class Node {
        Node next;
    }

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
