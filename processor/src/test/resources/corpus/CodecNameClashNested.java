// case: DK037, a nested driver and a top-level one that need the same codec name
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class CodecNameClashNested {
    @SourceDriver(kind = "one", supports = Engine.STOREY)
    public static class Csv extends BaseSourceDriver { // expect: DK037
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}

@SourceDriver(kind = "two", supports = Engine.STOREY)
class CodecNameClashNested_Csv extends BaseSourceDriver { // expect: DK011 DK037
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
