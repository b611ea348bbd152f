package dev.driverkit.processor.validation;

import dev.driverkit.DriverFlag;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.Direction;
import java.util.Map;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * A target holds offline data, serves online data, or both; or it is a stream that only appends, as
 * MLRun's kafka and stream targets (neither offline nor online, append) (DK040).
 */
public final class TargetFlagsRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (driver.direction() == Direction.TARGET && !driver.flag(DriverFlag.OFFLINE) && !driver.flag(DriverFlag.ONLINE)
                && !driver.flag(DriverFlag.APPEND)) {
            context.report(Diagnostic.TARGET_NEITHER_OFFLINE_NOR_ONLINE, flagLocation(driver, "offline"), driver.simpleName());
        }
    }

    /** The flag's value when it is written out (offline = false), else the annotation. */
    static Location flagLocation(DriverModel driver, String flag) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                : driver.annotation().getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(flag)) {
                return new Location(driver.type(), driver.annotation(), entry.getValue());
            }
        }
        return new Location(driver.type(), driver.annotation(), null);
    }
}
