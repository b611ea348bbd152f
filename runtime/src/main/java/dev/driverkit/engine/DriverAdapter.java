package dev.driverkit.engine;

import dev.driverkit.Engine;
import java.util.Set;

/**
 * The generated {@code <Driver>_SpecCodec.Adapter} class of a driver: it implements the engine
 * {@link Role roles} that apply to the driver ({@link StoreySource}, {@link SparkSource}, ...) by calling
 * the driver's own methods, so an engine can use any driver without knowing its class and without
 * reflection. Get one through {@link Roles}.
 */
public interface DriverAdapter {
    /** The driver's kind. */
    String kind();

    /** The engines the driver declares. */
    Set<Engine> engines();
}
