// case: a recursive generic: a map whose values are lists of the field's own map type is not expressible; List<List<List<String>>> is
// expect: clean
// generates: corpus.SpecRecursiveGeneric
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.List;

@SourceDriver(kind = "deep", supports = Engine.STOREY)
public class SpecRecursiveGeneric extends BaseSourceDriver {
    @Spec List<List<List<String>>> cube;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
