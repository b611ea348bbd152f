package dev.driverkit.processor.validation;

import dev.driverkit.Engine;
import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineMethods;
import dev.driverkit.processor.model.EngineMethods.EngineLibrary;

/** A declared engine's library is on the compile class path, or its methods cannot be written (DK026). */
public final class EngineLibraryRule implements DriverRule {
    /** Whether the engine's library is on the compile class path (true for null, a driver-level method). */
    static boolean present(Engine engine, RuleContext context) {
        EngineLibrary library = engine == null ? null : EngineMethods.library(engine);
        return library == null || context.elements().getTypeElement(library.probeClass()) != null;
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        for (Engine engine : driver.engines()) {
            EngineLibrary library = EngineMethods.library(engine);
            if (!present(engine, context)) {
                context.report(Diagnostic.ENGINE_LIBRARY_MISSING,
                        new Location(driver.type(), driver.annotation(), driver.supportsValue()), 3,
                        driver.simpleName(), engine, library.probeClass(), library.artifact());
            }
        }
    }
}
