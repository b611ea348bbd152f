// case: a @Spec field of a type that does not exist: javac's error, then DK090 once
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "nospectype", supports = Engine.STOREY)
public class UnresolvedSpecFieldType extends BaseSourceDriver { // expect: DK090
    @Spec NoSuchSetting setting; // expect: error

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
