// case: the smallest valid source
// expect: clean
// generates: corpus.CleanStoreySource
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "clean", supports = Engine.STOREY)
public class CleanStoreySource extends BaseSourceDriver {
    @Spec String table;
    @Spec int batchSize = 1000;

    public CleanStoreySource() {}

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
