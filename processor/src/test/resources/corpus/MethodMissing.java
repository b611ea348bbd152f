// case: DK022
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "missing", supports = Engine.STOREY)
public class MethodMissing extends BaseSourceDriver { // expect: DK022
}
