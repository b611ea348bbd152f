// case: an engine method returning a type that does not exist
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "noreturn", supports = Engine.STOREY)
public class UnresolvedEngineMethodReturn extends BaseSourceDriver { // expect: DK090
    public NoSuchPublisher toStep(StepRequest request) { // expect: error
        return null;
    }
}
