// case: an engine method that throws a checked exception the engine roles do not declare
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "throws", supports = Engine.STOREY)
public class MethodThrowsChecked extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) throws java.io.IOException { // expect: DK028
        return null;
    }
}
