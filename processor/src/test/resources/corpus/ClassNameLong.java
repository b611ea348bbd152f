// case: DK038, a driver class whose name fits its class file but not its generated classes' files
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

public class ClassNameLong {
    @SourceDriver(kind = "longname", supports = Engine.STOREY)
    public static class LLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLLL extends BaseSourceDriver { // expect: DK038
        public Flow.Publisher<Event> toStep(StepRequest request) {
            return null;
        }
    }
}
