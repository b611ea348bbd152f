// case: DK034, two fields with one key (fooBar and foo_bar are both "foo_bar")
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "speckeys", supports = Engine.STOREY)
public class SpecKeyDuplicate extends BaseSourceDriver {
    @Spec String fooBar;
    @Spec String foo_bar; // expect: DK034

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
