// case: DK017 on the annotation, on an interface
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "iface", supports = Engine.STOREY) // expect: DK017
public interface OnInterface {
}
