package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineMethods;
import dev.driverkit.processor.model.EngineMethods.Requirement;
import java.util.EnumMap;
import java.util.Map;

/**
 * The library of every engine the driver's methods need (the declared ones, and PANDAS's DFLib for a
 * queryable offline target's {@code asDf}) is on the compile class path (DK026).
 */
public final class EngineLibraryRule implements DriverRule {
    /** Whether the engine's library is on the compile class path (true for null, a driver-level method). */
    static boolean present(Engine engine, RuleContext context) {
        return engine == null || engine.libraryClass() == null
                || context.elements().getTypeElement(engine.libraryClass()) != null;
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        Map<Engine, String> needs = new EnumMap<>(Engine.class);
        for (Requirement requirement : EngineMethods.required(driver)) {
            Engine engine = requirement.method().engine();
            if (engine != null) {
                needs.putIfAbsent(engine, driver.engines().contains(engine) ? "lists Engine." + engine
                        : requirement.because() + ", whose " + requirement.method().name() + " needs Engine." + engine);
            }
        }
        needs.forEach((engine, why) -> {
            if (!present(engine, context)) {
                context.report(Diagnostic.ENGINE_LIBRARY_MISSING,
                        new Location(driver.type(), driver.annotation(), driver.supportsValue()),
                        driver.simpleName(), why, engine.libraryClass(), engine.libraryArtifact());
            }
        });
    }
}
