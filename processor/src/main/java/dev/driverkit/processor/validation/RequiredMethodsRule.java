package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineMethods;
import dev.driverkit.processor.model.EngineMethods.Requirement;
import dev.driverkit.processor.model.MethodShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Every method the driver's engines and flags require is declared once, with the expected signature
 * (DK022 missing, DK023 wrong signature, DK025 declared more than once). Methods inherited from the
 * driver's own superclasses count.
 */
public final class RequiredMethodsRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(context.elements().getAllMembers(driver.type()));
        for (Requirement requirement : EngineMethods.required(driver)) {
            MethodShape shape = requirement.method();
            Optional<ExpectedTypes> expected = ExpectedTypes.resolve(shape, context);
            if (expected.isEmpty() || !EngineLibraryRule.present(shape.engine(), context)) {
                continue; // the engine's library is missing: EngineLibraryRule says so, once
            }
            List<ExecutableElement> named = new ArrayList<>();
            for (ExecutableElement method : methods) {
                if (method.getSimpleName().contentEquals(shape.name())) {
                    named.add(method);
                }
            }
            if (named.isEmpty()) {
                context.report(Diagnostic.METHOD_MISSING, driver.type(), driver.simpleName(), requirement.because(),
                        shape.name(), shape.imports().isEmpty() ? "" : " (imports: " + String.join(", ", shape.imports()) + ")",
                        shape.declaration());
            } else if (named.size() > 1) {
                context.report(Diagnostic.METHOD_OVERLOADED, place(named.get(1), driver.type()), driver.simpleName(),
                        shape.name(), shape.declaration());
            } else {
                List<String> differences = expected.get().differences(named.get(0), driver.type(), context);
                if (!differences.isEmpty()) {
                    context.report(Diagnostic.METHOD_WRONG_SIGNATURE, place(named.get(0), driver.type()),
                            shape.name(), owner(named.get(0), driver), requirement.requiredBy(),
                            String.join("; ", differences), shape.declaration());
                }
            }
        }
    }

    /** {@code CsvSource}, or {@code CsvSource (declared in its superclass FileSource)} for an inherited method. */
    private static String owner(ExecutableElement method, DriverModel driver) {
        Element declaring = method.getEnclosingElement();
        return declaring.equals(driver.type()) ? driver.simpleName()
                : driver.simpleName() + " (declared in its " + (declaring.getKind().isInterface() ? "interface " : "superclass ")
                        + declaring.getSimpleName() + ")";
    }

    /** A method declared in the driver is reported there; an inherited one on the driver class. */
    private static Element place(ExecutableElement method, TypeElement driver) {
        return method.getEnclosingElement().equals(driver) ? method : driver;
    }

    /** A required method's types, resolved on the compile class path. */
    private record ExpectedTypes(MethodShape shape, TypeMirror returns, List<TypeMirror> parameters) {
        static Optional<ExpectedTypes> resolve(MethodShape shape, RuleContext context) {
            Optional<TypeMirror> returns = shape.returns().resolve(context.elements(), context.types());
            List<TypeMirror> parameters = new ArrayList<>();
            for (MethodShape.Parameter parameter : shape.parameters()) {
                Optional<TypeMirror> type = parameter.type().resolve(context.elements(), context.types());
                if (type.isEmpty()) {
                    return Optional.empty();
                }
                parameters.add(type.get());
            }
            return returns.map(r -> new ExpectedTypes(shape, r, parameters));
        }

        List<String> differences(ExecutableElement method, TypeElement driver, RuleContext context) {
            var types = context.types();
            ExecutableType actual = (ExecutableType) types.asMemberOf((DeclaredType) driver.asType(), method);
            List<String> differences = new ArrayList<>();
            if (!method.getModifiers().contains(Modifier.PUBLIC)) {
                differences.add("it is not public");
            }
            if (method.getModifiers().contains(Modifier.STATIC)) {
                differences.add("it is static");
            }
            TypeMirror actualReturn = actual.getReturnType();
            // A subtype, not merely assignable: assignability allows a raw type by unchecked conversion.
            boolean returnOk = returns.getKind() == TypeKind.VOID || returns.getKind().isPrimitive()
                    ? types.isSameType(actualReturn, returns)
                    : types.isSubtype(actualReturn, returns);
            if (!returnOk) {
                differences.add("it returns " + (isRaw(actualReturn) ? "the raw type " : "") + TypeText.of(actualReturn)
                        + " instead of " + shape.returns().sourceText());
            }
            List<? extends TypeMirror> actualParameters = actual.getParameterTypes();
            boolean parametersOk = actualParameters.size() == parameters.size();
            for (int i = 0; parametersOk && i < parameters.size(); i++) {
                parametersOk = types.isSameType(actualParameters.get(i), parameters.get(i));
            }
            if (!parametersOk) {
                differences.add("it takes " + TypeText.parameters(method) + " instead of " + shape.parameterText());
            }
            return differences;
        }

        /** A generic class named without type arguments, e.g. {@code Flow.Publisher}. */
        private static boolean isRaw(TypeMirror type) {
            return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()
                    && !((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
        }
    }
}
