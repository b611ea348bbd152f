// case: toStep returns a subtype of the required publisher
// expect: clean
// generates: corpus.ToStepCovariantReturn
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;

@SourceDriver(kind = "covariant", supports = Engine.STOREY)
public class ToStepCovariantReturn extends BaseSourceDriver {
    public SubmissionPublisher<Event> toStep(StepRequest request) {
        return new SubmissionPublisher<>();
    }
}
