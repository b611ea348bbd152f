// case: a valid driver beside a broken one in the same file: only the valid one is generated
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

// generates: corpus.SeveralDriversOneValid$Good
public class SeveralDriversOneValid {
    @SourceDriver(kind = "good", supports = Engine.STOREY)
    public static class Good extends BaseSourceDriver {
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }

    @SourceDriver(kind = "bad", supports = Engine.STOREY)
    public static class Bad extends BaseSourceDriver { // expect: DK022
    }
}
