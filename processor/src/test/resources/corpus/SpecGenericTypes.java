// case: nested generic @Spec types that a spec can hold
// expect: clean
// generates: corpus.SpecGenericTypes
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

@SourceDriver(kind = "generics", supports = Engine.STOREY)
public class SpecGenericTypes extends BaseSourceDriver {
    @Spec List<Map<String, Integer>> partitions;
    @Spec Map<String, List<String>> columnsByTable;
    @Spec Set<Instant> checkpoints;
    @Spec Object anything;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
