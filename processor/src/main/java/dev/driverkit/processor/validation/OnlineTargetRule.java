package dev.driverkit.processor.validation;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.Direction;

/** An online target is written from the event stream, so it supports STOREY (DK041). */
public final class OnlineTargetRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (driver.direction() == Direction.TARGET && driver.flag(DriverFlag.ONLINE) && !driver.declaredEngines().isEmpty()
                && !driver.engines().contains(Engine.STOREY)) {
            context.report(Diagnostic.ONLINE_TARGET_WITHOUT_STOREY,
                    new Location(driver.type(), driver.annotation(), driver.supportsValue()), driver.simpleName());
        }
    }
}
