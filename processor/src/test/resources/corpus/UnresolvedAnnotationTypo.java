// case: a misspelt annotation: javac's error only; driverkit sees no driver
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDrivr(kind = "typo", supports = Engine.STOREY) // expect: error
public class UnresolvedAnnotationTypo extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
