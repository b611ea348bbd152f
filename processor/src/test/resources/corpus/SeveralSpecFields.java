// case: four @Spec mistakes, one per field
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "specs", supports = Engine.STOREY)
public class SeveralSpecFields extends BaseSourceDriver {
    @Spec static String a; // expect: DK030
    @Spec final String b = "b"; // expect: DK031
    @Spec private String c; // expect: DK032
    @Spec Thread d; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
