package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.Direction;

/** A target holds offline data, serves online data, or both (DK040). */
public final class TargetFlagsRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (driver.direction() == Direction.TARGET && !driver.flag("offline") && !driver.flag("online")) {
            context.report(Diagnostic.TARGET_NEITHER_OFFLINE_NOR_ONLINE, new Location(driver.type(), driver.annotation(), null),
                    1, driver.simpleName());
        }
    }
}
