package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import java.util.stream.Collectors;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/** The small rules on the shape of the driver class, each one check (DK011 to DK015). */
public final class ClassShapeRules {
    private ClassShapeRules() {}

    /** The registry creates drivers from other packages (DK011). */
    public static final class PublicClass implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            if (!driver.type().getModifiers().contains(Modifier.PUBLIC)) {
                context.report(Diagnostic.NOT_PUBLIC, driver.type(), driver.simpleName(), driver.simpleName());
            }
        }
    }

    /** An abstract class cannot be created (DK012). */
    public static final class ConcreteClass implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            if (driver.type().getModifiers().contains(Modifier.ABSTRACT)) {
                context.report(Diagnostic.ABSTRACT, driver.type(), driver.simpleName(), driver.annotationName());
            }
        }
    }

    /** An inner or local class needs an enclosing instance (DK013). */
    public static final class StaticNesting implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            TypeElement type = driver.type();
            NestingKind nesting = type.getNestingKind();
            boolean inner = nesting == NestingKind.MEMBER && !type.getModifiers().contains(Modifier.STATIC);
            if (inner || nesting == NestingKind.LOCAL || nesting == NestingKind.ANONYMOUS) {
                context.report(Diagnostic.INNER_CLASS, type, driver.simpleName(), driver.simpleName());
            }
        }
    }

    /** The registry cannot choose type arguments (DK014). */
    public static final class NonGeneric implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            if (!driver.type().getTypeParameters().isEmpty()) {
                String parameters = driver.type().getTypeParameters().stream()
                        .map(p -> p.getSimpleName().toString()).collect(Collectors.joining(", ", "<", ">"));
                context.report(Diagnostic.GENERIC_CLASS, driver.type(), driver.simpleName(), parameters,
                        driver.annotationName());
            }
        }
    }

    /**
     * The registry creates drivers with a public no-arg constructor (DK015). The implicit constructor of
     * a class that is not public is not public either, but making the class public (DK011) fixes both.
     */
    public static final class NoArgConstructor implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (ExecutableElement constructor : ElementFilter.constructorsIn(driver.type().getEnclosedElements())) {
                if (constructor.getKind() == ElementKind.CONSTRUCTOR && constructor.getParameters().isEmpty()
                        && (constructor.getModifiers().contains(Modifier.PUBLIC) || implicitOfNonPublicClass(constructor,
                                driver, context))) {
                    return;
                }
            }
            context.report(Diagnostic.NO_PUBLIC_CONSTRUCTOR, driver.type(), driver.simpleName(), driver.simpleName());
        }

        private static boolean implicitOfNonPublicClass(ExecutableElement constructor, DriverModel driver,
                RuleContext context) {
            return !driver.type().getModifiers().contains(Modifier.PUBLIC)
                    && context.elements().getOrigin(constructor) == Elements.Origin.MANDATED;
        }
    }
}
