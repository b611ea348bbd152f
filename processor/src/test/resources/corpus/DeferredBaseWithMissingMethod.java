// case: the superclass appears in round 2, and then the driver's own mistake is reported (not DK090)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import dev.driverkit.processor.corpus.DeferredSource;

@DeferredSource(name = "corpus.LaterBase", code = "package corpus; public abstract class LaterBase extends dev.driverkit.BaseSourceDriver {}")
@SourceDriver(kind = "laterbase", supports = Engine.STOREY)
public class DeferredBaseWithMissingMethod extends LaterBase { // expect: DK022
}
