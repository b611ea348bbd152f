// case: a target that is neither offline nor online and lacks its writer
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@TargetDriver(kind = "flags", supports = Engine.STOREY, offline = false) // expect: DK040
public class SeveralTargetFlags extends BaseStoreTarget { // expect: DK022
}
