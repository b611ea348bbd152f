package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineRole;
import dev.driverkit.registry.Direction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A driver method with an engine method's name that nothing will call although its engine is declared
 * (DK027, a warning): the driver lacks what makes a role with that method apply ({@code iterator},
 * {@code offline}, {@code queryable}, {@code OnlineSource}), or the method belongs to the other
 * direction. The author believes the method matters; silence would hide that it never runs. Methods of
 * an engine not in {@code supports} are DK024's. The reasons come from the roles' conditions.
 */
public final class NeverCalledMethodRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        Set<String> called = new HashSet<>();
        context.contract().required(driver).forEach(requirement -> called.add(requirement.method().name()));
        for (Engine engine : Engine.values()) {
            if (!driver.engines().contains(engine)) {
                called.addAll(context.contract().namesOnlyFor(driver.direction(), engine)); // DK024 reports those
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(driver.type().getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (context.contract().methodNames().contains(name) && !called.contains(name)) {
                List<EngineRole> roles = context.contract().rolesWith(name, driver);
                String direction = driver.direction().noun();
                if (roles.isEmpty()) {
                    String other = driver.direction() == Direction.SOURCE ? "target" : "source";
                    context.report(Diagnostic.METHOD_NEVER_CALLED, method, name, driver.simpleName(),
                            name + " is a " + other + " method, and no engine asks a " + direction + " for it",
                            "delete the method, or rename it if it is a helper of your own");
                } else {
                    String condition = roles.get(0).condition();
                    context.report(Diagnostic.METHOD_NEVER_CALLED, method, name, driver.simpleName(),
                            "engines call " + name + " only on a " + direction + " that " + condition,
                            "change " + driver.simpleName() + " so that it " + condition + ", or delete the method");
                }
            }
        }
    }
}
