package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.ContractMethod;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract.Requirement;
import dev.driverkit.processor.model.EngineLibraries;
import dev.driverkit.processor.model.EngineRole;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;

/**
 * The library of every engine the driver's roles need (the declared engines, and DFLib for a queryable
 * offline target's {@code asDf}) is on the compile class path (DK026). One error per engine, which
 * prints the dependency to add and the methods the driver will need then: their text comes from the
 * role interfaces, which name the engine's types without needing them.
 */
public final class EngineLibraryRule implements DriverRule {
    /** Whether the libraries of every engine the role uses are on the compile class path. */
    static boolean present(EngineRole role, RuleContext context) {
        return role.libraries().stream().allMatch(engine -> present(engine, context));
    }

    static boolean present(Engine engine, RuleContext context) {
        return engine.libraryClass() == null || context.elements().getTypeElement(engine.libraryClass()) != null;
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        Map<Engine, String> why = new EnumMap<>(Engine.class);
        Map<Engine, List<ContractMethod>> methods = new EnumMap<>(Engine.class);
        Set<String> declared = new TreeSet<>();
        for (ExecutableElement method : ElementFilter.methodsIn(context.elements().getAllMembers(driver.type()))) {
            declared.add(method.getSimpleName().toString());
        }
        for (Requirement requirement : context.contract().required(driver)) {
            for (Engine engine : requirement.role().libraries()) {
                if (present(engine, context)) {
                    continue;
                }
                why.putIfAbsent(engine, driver.engines().contains(engine) ? "lists Engine." + engine
                        : requirement.role().because() + ", whose " + requirement.method().name() + " needs Engine." + engine);
                if (!requirement.optional() && !declared.contains(requirement.method().name())) {
                    methods.computeIfAbsent(engine, e -> new ArrayList<>()).add(requirement.method());
                }
            }
        }
        why.forEach((engine, because) -> context.report(Diagnostic.ENGINE_LIBRARY_MISSING,
                new Location(driver.type(), driver.annotation(), driver.supportsValue()), driver.simpleName(), because, engine.libraryClass(), EngineLibraries.dependency(engine),
                then(driver, engine, methods.getOrDefault(engine, List.of()))));
    }

    /** The methods to write once the library is there, as DK022 would print them. */
    private static String then(DriverModel driver, Engine engine, List<ContractMethod> missing) {
        if (missing.isEmpty()) {
            return "\nthen the compiler checks " + driver.simpleName() + "'s methods for Engine." + engine;
        }
        Set<String> imports = new TreeSet<>();
        StringBuilder text = new StringBuilder("\nthen add the methods Engine." + engine + " calls");
        missing.forEach(method -> imports.addAll(method.imports()));
        text.append(" (imports: ").append(String.join(", ", imports)).append("):");
        missing.forEach(method -> text.append("\n    ").append(method.declaration()).append(" { ... }"));
        return text.toString();
    }
}
