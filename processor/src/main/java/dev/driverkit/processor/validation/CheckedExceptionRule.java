package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract.Requirement;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * The engine methods the generated adapter calls declare no checked exception (DK028): the engine role
 * interfaces throw none, so the adapter's call would not compile. Methods inherited from the driver's
 * superclasses count, as they do for the signature.
 */
public final class CheckedExceptionRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        Set<String> called = context.contract().required(driver).stream()
                .map(requirement -> requirement.method().name()).collect(Collectors.toSet());
        TypeElement runtimeException = context.elements().getTypeElement(RuntimeException.class.getName());
        TypeElement error = context.elements().getTypeElement(Error.class.getName());
        for (ExecutableElement method : ElementFilter.methodsIn(context.elements().getAllMembers(driver.type()))) {
            if (!called.contains(method.getSimpleName().toString())) {
                continue;
            }
            for (TypeMirror thrown : method.getThrownTypes()) {
                if (!context.types().isSubtype(thrown, runtimeException.asType())
                        && !context.types().isSubtype(thrown, error.asType())) {
                    context.report(Diagnostic.METHOD_THROWS_CHECKED, place(method, driver), method.getSimpleName(),
                            driver.simpleName(), TypeText.of(thrown), role(driver, method, context));
                }
            }
        }
    }

    /** {@code its engine role StoreySource}, or {@code the generated adapter} when no role is named. */
    private static String role(DriverModel driver, ExecutableElement method, RuleContext context) {
        for (Requirement requirement : context.contract().required(driver)) {
            if (requirement.method().name().contentEquals(method.getSimpleName())) {
                return "the role interface " + requirement.role().simpleName();
            }
        }
        return "the generated adapter";
    }

    private static Element place(ExecutableElement method, DriverModel driver) {
        return method.getEnclosingElement().equals(driver.type()) ? method : driver.type();
    }
}
