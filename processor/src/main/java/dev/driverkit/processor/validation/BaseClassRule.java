package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.DriverModelReader;
import dev.driverkit.processor.model.Names;
import dev.driverkit.registry.Direction;

/**
 * A source extends BaseSourceDriver (or OnlineSource); a target extends BaseStoreTarget (DK010). A class
 * that extends the other direction's base class most likely carries the wrong annotation, so the message
 * names the annotation that goes with the base class it has.
 */
public final class BaseClassRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        String base = Names.baseClass(driver.direction());
        if (extendsClass(driver, context, base)) {
            return;
        }
        String simpleBase = simpleName(base);
        boolean source = driver.direction() == Direction.SOURCE;
        String hint = source ? simpleBase + " (or OnlineSource for an online source)" : simpleBase;
        String otherBase = otherDirectionsBase(driver, context);
        String extendsOther = "";
        String orOtherAnnotation = "";
        if (otherBase != null) {
            String otherAnnotation = source ? "TargetDriver" : "SourceDriver";
            extendsOther = "; it extends " + simpleName(otherBase) + ", which goes with @" + otherAnnotation;
            orOtherAnnotation = "; or, if it is a " + (source ? "target" : "source") + ", replace @"
                    + driver.annotationName() + " with @" + otherAnnotation;
        }
        context.report(Diagnostic.WRONG_BASE_CLASS, driver.type(), driver.simpleName(), driver.annotationName(),
                base, extendsOther, driver.simpleName(), hint, orOtherAnnotation);
    }

    /** Whether the driver extends the other direction's base class (and so not its own). */
    public static boolean extendsOtherDirection(DriverModel driver, RuleContext context) {
        return otherDirectionsBase(driver, context) != null;
    }

    /** The most specific base class of the other direction that the driver extends, if any. */
    private static String otherDirectionsBase(DriverModel driver, RuleContext context) {
        if (driver.direction() == Direction.SOURCE) {
            return extendsClass(driver, context, Names.BASE_TARGET) ? Names.BASE_TARGET : null;
        }
        return extendsClass(driver, context, Names.ONLINE_SOURCE) ? Names.ONLINE_SOURCE
                : extendsClass(driver, context, Names.BASE_SOURCE) ? Names.BASE_SOURCE : null;
    }

    private static boolean extendsClass(DriverModel driver, RuleContext context, String base) {
        return DriverModelReader.extendsClass(driver.type(), base, context.elements(), context.types());
    }

    private static String simpleName(String qualified) {
        return qualified.substring(qualified.lastIndexOf('.') + 1);
    }
}
