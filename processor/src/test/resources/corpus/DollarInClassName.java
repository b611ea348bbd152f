// case: '$' in the driver's class name, which binary names use for nesting
// expect: clean
// generates: corpus.DollarInClassName$Csv$Source
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class DollarInClassName {
    @SourceDriver(kind = "dollar", supports = Engine.STOREY)
    public static class Csv$Source extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
