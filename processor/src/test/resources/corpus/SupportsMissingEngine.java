// case: supports names an engine that does not exist: javac's error only (no DK020)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "flink", supports = Engine.FLINK) // expect: error
public class SupportsMissingEngine extends BaseSourceDriver {
}
