// case: a driver whose superclass is another driver: both registered, the subclass with both classes' @Spec fields
// expect: clean
// generates: corpus.DriverExtendsDriver, corpus.DriverExtendsDriver$Tsv
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "csv-base", supports = Engine.STOREY)
public class DriverExtendsDriver extends BaseSourceDriver {
    @Spec String delimiter = ",";

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    @SourceDriver(kind = "tsv", supports = Engine.STOREY)
    public static class Tsv extends DriverExtendsDriver {
        @Spec boolean header = true;
    }
}
