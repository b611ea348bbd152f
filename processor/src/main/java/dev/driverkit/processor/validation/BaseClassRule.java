package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.DriverModelReader;
import dev.driverkit.processor.model.Names;
import dev.driverkit.registry.Direction;

/** A source extends BaseSourceDriver (or OnlineSource); a target extends BaseStoreTarget (DK010). */
public final class BaseClassRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        String base = Names.baseClass(driver.direction());
        if (!new DriverModelReader(context.elements(), context.types()).extendsClass(driver.type(), base)) {
            String simpleBase = base.substring(base.lastIndexOf('.') + 1);
            String hint = driver.direction() == Direction.SOURCE ? simpleBase + " (or OnlineSource for an online source)" : simpleBase;
            context.report(Diagnostic.WRONG_BASE_CLASS, driver.type(), driver.simpleName(), driver.annotationName(),
                    base, driver.simpleName(), hint);
        }
    }
}
