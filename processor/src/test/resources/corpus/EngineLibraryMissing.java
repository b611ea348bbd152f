// case: Engine.SPARK without Spark on the class path: DK026 once, not a DK022 per method
// classpath-without: spark-sql, spark-catalyst, spark-core
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "nospark", supports = {Engine.STOREY, Engine.SPARK}) // expect: DK026
public class EngineLibraryMissing extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
