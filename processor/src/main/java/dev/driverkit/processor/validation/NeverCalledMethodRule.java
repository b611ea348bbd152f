package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineMethods;
import dev.driverkit.registry.Direction;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.ElementFilter;

/**
 * A driver method with an engine method's name that nothing will call although its engine is declared
 * (DK027, a warning): the flag that would make it called is missing ({@code iterator}, {@code offline},
 * {@code queryable}, {@code OnlineSource}), or it belongs to the other direction. The author believes
 * the method matters; silence would hide that it never runs. Methods of an engine not in {@code supports}
 * are DK024's.
 */
public final class NeverCalledMethodRule implements DriverRule {
    @Override
    public void check(DriverModel driver, RuleContext context) {
        Set<String> called = new HashSet<>();
        EngineMethods.required(driver).forEach(requirement -> called.add(requirement.method().name()));
        for (Engine engine : Engine.values()) {
            if (!driver.engines().contains(engine)) {
                called.addAll(EngineMethods.namesOnlyFor(driver.direction(), engine)); // DK024 reports those
            }
        }
        for (ExecutableElement method : ElementFilter.methodsIn(driver.type().getEnclosedElements())) {
            String name = method.getSimpleName().toString();
            if (EngineMethods.ALL_NAMES.contains(name) && !called.contains(name)) {
                Reason why = reason(driver, name);
                context.report(Diagnostic.METHOD_NEVER_CALLED, method, name, driver.simpleName(), why.problem(),
                        why.fix());
            }
        }
    }

    /** Why nothing calls a method, and what to do about it. */
    private record Reason(String problem, String fix) {}

    private static Reason reason(DriverModel driver, String name) {
        boolean source = driver.direction() == Direction.SOURCE;
        return switch (name) {
            case "isIterator" -> source
                    ? new Reason("only a source declared with iterator = true is asked whether it iterates",
                            "add iterator = true to @SourceDriver, or delete the method")
                    : otherDirection(name, "source");
            case "addNuclioTrigger" -> source
                    ? new Reason("only an online source (one that extends OnlineSource) gets a Nuclio trigger",
                            "extend OnlineSource instead of BaseSourceDriver, or delete the method")
                    : otherDirection(name, "source");
            case "getSparkOptions" -> new Reason("an online source builds its Spark frame in toSparkDf alone",
                    "apply the reader options inside toSparkDf, and delete the method");
            case "isSingleFile" -> source
                    ? otherDirection(name, "target")
                    : new Reason("only an offline target (offline = true) is asked whether it writes one file",
                            "set offline = true on @TargetDriver, or delete the method");
            case "getTableObject" -> source
                    ? otherDirection(name, "target")
                    : new Reason("only a queryable online target (queryable = true, online = true) is asked for"
                            + " its table", "set queryable = true and online = true on @TargetDriver, or delete the"
                            + " method");
            default -> otherDirection(name, source ? "target" : "source");
        };
    }

    private static Reason otherDirection(String name, String direction) {
        return new Reason(name + " is a " + direction + " method, and no engine asks a "
                + ("source".equals(direction) ? "target" : "source") + " for it",
                "delete the method, or rename it if it is a helper of your own");
    }
}
