package dev.driverkit.engine;

import dev.driverkit.Engine;

/**
 * A driver supports the engine, but the engine's library is not on the class path: driver jars keep
 * Spark and DFLib as provided dependencies, so the application brings them.
 */
public final class EngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EngineUnavailableException(Engine engine, String probeClass, String artifact) {
        super("Engine." + engine + " is not available: " + probeClass + " is not on the class path. Add " + artifact
                + " to the application (driver jars declare it as a provided dependency).");
    }
}
