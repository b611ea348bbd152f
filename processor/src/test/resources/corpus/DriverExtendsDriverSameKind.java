// case: a driver that extends another driver and keeps its kind
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "same", supports = Engine.STOREY) // expect: DK003
public class DriverExtendsDriverSameKind extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    @SourceDriver(kind = "same", supports = Engine.STOREY) // expect: DK003
    public static class Sub extends DriverExtendsDriverSameKind {
    }
}
