// case: a driver in the unnamed package
// expect: clean
// generates: DefaultPackage
import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;

@SourceDriver(kind = "nopackage", supports = Engine.STOREY)
public class DefaultPackage extends BaseSourceDriver {
    @Spec String table;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }
}
