package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import java.util.EnumSet;
import java.util.Set;

/** At least one engine, each listed once (DK020, DK021). */
public final class SupportsRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        Location at = new Location(driver.type(), driver.annotation(), driver.supportsValue());
        if (driver.declaredEngines().isEmpty()) {
            // An engine javac could not resolve is already an error of its own; do not pile on.
            if (driver.supportsValue() == null || ((java.util.List<?>) driver.supportsValue().getValue()).isEmpty()) {
                context.report(Diagnostic.SUPPORTS_EMPTY, at, driver.simpleName());
            }
            return;
        }
        Set<Engine> seen = EnumSet.noneOf(Engine.class);
        Set<Engine> reported = EnumSet.noneOf(Engine.class);
        for (Engine engine : driver.declaredEngines()) {
            if (!seen.add(engine) && reported.add(engine)) {
                context.report(Diagnostic.SUPPORTS_REPEATED, at, engine, driver.simpleName());
            }
        }
    }
}
