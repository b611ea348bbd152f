// case: DK025, toStep twice: on the second one the compiler lists. javac lists members in source order; ECJ's
// order varies from run to run, so there it is on either method
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "overload", supports = Engine.STOREY)
public class MethodOverloaded extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) { // expect[ecj]: DK025?
        return null;
    }

    public Flow.Publisher<Event> toStep(StepRequest request, int parallelism) { // expect[javac]: DK025 expect[ecj]: DK025?
        return null;
    }
}
