package dev.driverkit.processor.validation;

import dev.driverkit.processor.model.DriverModel;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/** What the standard API does not say outright about a driver annotation's values. */
public final class AnnotationValues {
    private AnnotationValues() {}

    /**
     * Whether the value stands for an expression the compiler could not resolve ({@code kind = Kinds.CSV}
     * without a {@code Kinds}); the compiler reports the expression itself. Both javac and ECJ then hand
     * over the string {@code "<error>"}. javac's placeholder is told apart from a string the user wrote by
     * its class; ECJ's is not told apart at all (the same class, kind and value), so under other compilers
     * a kind written as {@code "<error>"} is taken for an unresolved one: no DK002 for it, and no files.
     */
    public static boolean isErroneous(AnnotationValue value) {
        if (value == null || !"<error>".equals(value.getValue())) {
            return value != null && value.accept(UNKNOWN, null);
        }
        String type = value.getClass().getName();
        return !type.startsWith("com.sun.tools.javac.code.Attribute$") || !type.endsWith("$Constant");
    }

    /**
     * Whether every value the generated files are made of was resolved: a well-formed kind and only
     * engine constants in {@code supports}. A driver whose annotation the compiler could not resolve gets
     * the compiler's error, none of driverkit's, and no generated files.
     */
    public static boolean complete(DriverModel driver) {
        if (!KindRule.isValid(driver.kind()) || driver.declaredEngines().isEmpty()) {
            return false;
        }
        if (driver.supportsValue() != null && driver.supportsValue().getValue() instanceof List<?> engines) {
            for (Object engine : engines) {
                if (!(engine instanceof AnnotationValue value && value.getValue() instanceof VariableElement)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static final SimpleAnnotationValueVisitor14<Boolean, Void> UNKNOWN =
            new SimpleAnnotationValueVisitor14<>(false) {
                @Override
                public Boolean visitUnknown(AnnotationValue value, Void unused) {
                    return true;
                }
            };
}
