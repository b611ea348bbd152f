package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.ContractMethod;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract.Requirement;
import dev.driverkit.spec.NearestName;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
 * Every method the driver's engine roles require is declared once, with the role's signature (DK022
 * missing, DK023 wrong signature, DK025 declared more than once); an optional method (a role's
 * default method) is checked when declared. Methods inherited from the driver's own superclasses
 * count. A missing method with a near miss in the driver ({@code toDataFrame} for {@code toDataframe})
 * is reported on the near miss.
 */
public final class RequiredMethodsRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        List<ExecutableElement> methods = ElementFilter.methodsIn(context.elements().getAllMembers(driver.type()));
        Set<String> contractNames = context.contract().methodNames();
        for (Requirement requirement : context.contract().required(driver)) {
            ContractMethod expected = requirement.method();
            if (!EngineLibraryRule.present(requirement.role(), context)) {
                continue; // the engine's library is missing: EngineLibraryRule says so, once, with these methods
            }
            List<ExecutableElement> named = new ArrayList<>();
            for (ExecutableElement method : methods) {
                if (method.getSimpleName().contentEquals(expected.name())) {
                    named.add(method);
                }
            }
            if (named.isEmpty()) {
                if (!requirement.optional()) {
                    reportMissing(driver, requirement, nearMiss(driver, expected.name(), contractNames), context);
                }
            } else if (named.size() > 1) {
                context.report(Diagnostic.METHOD_OVERLOADED, place(named.get(1), driver.type()), driver.simpleName(),
                        expected.name(), expected.declaration());
            } else {
                List<String> differences = differences(expected, named.get(0), driver.type(), context);
                if (!differences.isEmpty()) {
                    context.report(Diagnostic.METHOD_WRONG_SIGNATURE, place(named.get(0), driver.type()),
                            expected.name(), owner(named.get(0), driver), requirement.role().requiredBy(),
                            String.join("; ", differences), expected.declaration());
                }
            }
        }
    }

    private static void reportMissing(DriverModel driver, Requirement requirement, ExecutableElement nearMiss,
            RuleContext context) {
        ContractMethod expected = requirement.method();
        String imports = expected.imports().isEmpty() ? "" : " (imports: " + String.join(", ", expected.sortedImports()) + ")";
        String didYouMean = nearMiss == null ? ""
                : "; " + nearMiss.getSimpleName() + " looks like a misspelling of it";
        String fix = nearMiss == null ? "add this method" : "rename " + nearMiss.getSimpleName() + " to "
                + expected.name() + " with this signature";
        context.report(Diagnostic.METHOD_MISSING, nearMiss == null ? driver.type() : nearMiss, driver.simpleName(),
                requirement.role().because(), expected.name(), didYouMean, fix, imports, expected.declaration());
    }

    /**
     * A method of the driver's own class whose name is one typo or a case away from {@code name} and
     * that no role asks for: what the author meant to be the required method.
     */
    private static ExecutableElement nearMiss(DriverModel driver, String name, Set<String> contractNames) {
        for (ExecutableElement method : ElementFilter.methodsIn(driver.type().getEnclosedElements())) {
            String candidate = method.getSimpleName().toString();
            if (!contractNames.contains(candidate) && name.equals(NearestName.among(candidate, List.of(name)))) {
                return method;
            }
        }
        return null;
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

    /** How the driver's method differs from the role's, in words; empty when it fits. */
    private static List<String> differences(ContractMethod expected, ExecutableElement method, TypeElement driver,
            RuleContext context) {
        var types = context.types();
        ExecutableType actual = (ExecutableType) types.asMemberOf((DeclaredType) driver.asType(), method);
        List<String> differences = new ArrayList<>();
        if (!method.getModifiers().contains(Modifier.PUBLIC)) {
            differences.add("it is not public");
        }
        if (method.getModifiers().contains(Modifier.STATIC)) {
            differences.add("it is static");
        }
        TypeMirror returns = expected.element().getReturnType();
        TypeMirror actualReturn = actual.getReturnType();
        // A subtype, not merely assignable: assignability allows a raw type by unchecked conversion.
        boolean returnOk = returns.getKind() == TypeKind.VOID || returns.getKind().isPrimitive()
                ? types.isSameType(actualReturn, returns)
                : types.isSubtype(actualReturn, returns);
        if (!returnOk) {
            differences.add("it returns " + (isRaw(actualReturn) ? "the raw type " : "") + TypeText.of(actualReturn)
                    + " instead of " + expected.returnText());
        }
        List<? extends TypeMirror> actualParameters = actual.getParameterTypes();
        List<? extends TypeMirror> parameters = ((ExecutableType) expected.element().asType()).getParameterTypes();
        boolean parametersOk = actualParameters.size() == parameters.size();
        for (int i = 0; parametersOk && i < parameters.size(); i++) {
            parametersOk = types.isSameType(actualParameters.get(i), parameters.get(i));
        }
        if (!parametersOk) {
            differences.add("it takes " + TypeText.parameters(method) + " instead of " + expected.parameterText());
        }
        return differences;
    }

    /** A generic class named without type arguments, e.g. {@code Flow.Publisher}. */
    private static boolean isRaw(TypeMirror type) {
        return type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).getTypeArguments().isEmpty()
                && !((TypeElement) ((DeclaredType) type).asElement()).getTypeParameters().isEmpty();
    }
}
