// case: DK020
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "none", supports = {}) // expect: DK020
public class SupportsEmpty extends BaseSourceDriver {
}
