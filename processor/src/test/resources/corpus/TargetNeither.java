// case: DK040
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@TargetDriver(kind = "nowhere", supports = Engine.STOREY, offline = false) // expect: DK040
public class TargetNeither extends BaseStoreTarget {
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return null;
    }
}
