// case: two sources with one kind that also lack their methods: DK003 shows beside the DK022s
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class SeveralDuplicateKindAndMissingMethods {
    @SourceDriver(kind = "dup", supports = Engine.STOREY) // expect: DK003
    public static class First extends BaseSourceDriver { // expect: DK022
    }

    @SourceDriver(kind = "dup", supports = Engine.STOREY) // expect: DK003
    public static class Second extends BaseSourceDriver { // expect: DK022
    }
}
