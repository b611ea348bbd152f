// case: a @Spec field of a third-party class (Spark's Row)
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Row;

@SourceDriver(kind = "thirdparty", supports = Engine.STOREY)
public class SpecThirdPartyType extends BaseSourceDriver {
    @Spec Row template; // expect: DK033

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
