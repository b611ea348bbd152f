// case: DK022 alone
package corpus;

import dev.driverkit.*;

@SourceDriver(kind = "missing", supports = Engine.STOREY)
public class MissingToStep extends BaseSourceDriver { // expect: DK022
}
