// case: only warnings (DK021, DK024, DK036): the driver is still generated
// generates: corpus.SeveralWarningsOnly
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import org.dflib.DataFrame;

@SourceDriver(kind = "warn", supports = {Engine.STOREY, Engine.STOREY}) // expect: DK021
public class SeveralWarningsOnly extends BaseSourceDriver {
    @Spec String path; // expect: DK036

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    public DataFrame toDataframe(ReadRequest request) { // expect: DK024
        return null;
    }
}
