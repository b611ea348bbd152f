// case: a queryable online target without getTableObject
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@TargetDriver(kind = "lookup", supports = Engine.STOREY, offline = false, online = true, queryable = true)
public class QueryableOnlineWithoutTable extends BaseStoreTarget { // expect: DK022
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return null;
    }
}
