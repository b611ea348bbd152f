// case: DK021, an engine listed three times is one warning; the driver is still generated
// generates: corpus.SupportsDuplicates
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "dups", supports = {Engine.STOREY, Engine.STOREY, Engine.STOREY}) // expect: DK021
public class SupportsDuplicates extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
