package dev.driverkit.processor.validation;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.Direction;
import java.util.Set;

/**
 * {@code append = true} promises that writes with {@code overwrite = false} add to existing data. The
 * stream writer (STOREY) and Spark's append mode do; a target that only writes whole local frames
 * keeps that promise only if its own code does (DK042, a warning).
 */
public final class AppendRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (driver.direction() == Direction.TARGET && driver.flag(DriverFlag.APPEND) && driver.engines().equals(Set.of(Engine.PANDAS))) {
            context.report(Diagnostic.APPEND_WITHOUT_APPENDING_ENGINE, TargetFlagsRule.flagLocation(driver, "append"), driver.simpleName());
        }
    }
}
