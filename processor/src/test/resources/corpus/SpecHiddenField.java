// case: a driver redeclares its superclass's @Spec field: two fields, one key
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "hidden", supports = Engine.STOREY)
public class SpecHiddenField extends SpecHiddenFieldBase {
    @Spec String table; // expect: DK034

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}

abstract class SpecHiddenFieldBase extends BaseSourceDriver {
    @Spec String table;
}
