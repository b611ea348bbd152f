package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A method only one engine calls, in a driver that does not list that engine: the author probably
 * forgot the engine in {@code supports} (DK024, a warning).
 */
public final class UndeclaredEngineRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        Set<String> required = context.contract().required(driver).stream()
                .map(requirement -> requirement.method().name()).collect(Collectors.toSet());
        for (ExecutableElement method : ElementFilter.methodsIn(driver.type().getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (required.contains(name)) {
                continue; // a role the driver has needs it too (asDf of a queryable offline target)
            }
            for (Engine engine : Engine.values()) {
                if (!driver.engines().contains(engine)
                        && context.contract().namesOnlyFor(driver.direction(), engine).contains(name)) {
                    context.report(Diagnostic.METHOD_FOR_UNDECLARED_ENGINE, method, name, engine,
                            driver.simpleName(), engine, engine);
                }
            }
        }
    }
}
