// case: DK017 on a record (a record cannot extend BaseSourceDriver)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@TargetDriver(kind = "record", supports = Engine.STOREY)
public record OnRecord(String path) { // expect: DK017
}
