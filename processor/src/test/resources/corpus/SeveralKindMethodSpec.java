// case: a blank kind, a missing method and a static @Spec field: three independent errors in one compile
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "", supports = Engine.STOREY) // expect: DK001
public class SeveralKindMethodSpec extends BaseSourceDriver { // expect: DK022
    @Spec static String table; // expect: DK030
}
