package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

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

    /**
     * The generated codec, in the driver's package, names the driver class, so no class it is nested in
     * may be private (DK018). (A public class inside a package-private one is reachable from there.)
     */
    public static final class ReachableNesting implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (Element enclosing = driver.type().getEnclosingElement();
                    enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface());
                    enclosing = enclosing.getEnclosingElement()) {
                if (enclosing.getModifiers().contains(Modifier.PRIVATE)) {
                    context.report(Diagnostic.NESTED_IN_PRIVATE_CLASS, driver.type(), driver.simpleName(),
                            enclosing.getSimpleName(), context.elements().getPackageOf(driver.type()).getQualifiedName(),
                            enclosing.getSimpleName());
                    return;
                }
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
     * The registry creates drivers with a public no-arg constructor (DK015). A no-arg constructor that is
     * written but not public gets the error itself: adding another one would not compile. In a class that
     * is not public, a no-arg constructor with the class's own access is accepted: it may be the implicit
     * one, which follows the class once DK011 is fixed. (Only javac tells an implicit constructor apart,
     * through Elements.getOrigin; ECJ calls every constructor explicit, and both compilers must report the
     * same.) A written one with that access is reported once the class is public.
     */
    public static final class NoArgConstructor implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (ExecutableElement constructor : ElementFilter.constructorsIn(driver.type().getEnclosedElements())) {
                if (!constructor.getParameters().isEmpty()) {
                    continue;
                }
                if (constructor.getModifiers().contains(Modifier.PUBLIC) || sameAccessAsNonPublicClass(constructor, driver)) {
                    return;
                }
                context.report(Diagnostic.NO_PUBLIC_CONSTRUCTOR, constructor, driver.simpleName(),
                        " (" + driver.simpleName() + "() is " + access(constructor.getModifiers()) + ")", "make it public",
                        driver.simpleName(), "");
                return;
            }
            context.report(Diagnostic.NO_PUBLIC_CONSTRUCTOR, driver.type(), driver.simpleName(), "", "add",
                    driver.simpleName(), " {}");
        }

        private static boolean sameAccessAsNonPublicClass(ExecutableElement constructor, DriverModel driver) {
            Set<Modifier> classModifiers = driver.type().getModifiers();
            return !classModifiers.contains(Modifier.PUBLIC)
                    && access(constructor.getModifiers()).equals(access(classModifiers));
        }

        private static String access(Set<Modifier> modifiers) {
            return modifiers.contains(Modifier.PUBLIC) ? "public"
                    : modifiers.contains(Modifier.PRIVATE) ? "private"
                    : modifiers.contains(Modifier.PROTECTED) ? "protected" : "package-private";
        }
    }
}
