package dev.driverkit.spec;

import dev.driverkit.registry.RegistryFormat;
import java.lang.reflect.InvocationTargetException;

/**
 * Finds the generated {@link SpecCodec} of a driver class by its naming rule. Only the generated codec
 * class is loaded and instantiated; the driver class is never reflected over, so a driver whose
 * methods mention an absent engine library still works.
 */
public final class SpecCodecs {
    private SpecCodecs() {}

    /** The codec of each driver class, made on first use: a registry lookup, which calls {@link #load}, needs none. */
    private static final class ByDriver {
        static final ClassValue<SpecCodec<?>> CODECS = new ClassValue<>() {
            @Override
            protected SpecCodec<?> computeValue(Class<?> driverClass) {
                return load(RegistryFormat.codecClassName(driverClass.getName()), driverClass.getClassLoader(),
                        driverClass.getName());
            }
        };
    }

    /** The codec of this driver's class. */
    @SuppressWarnings("unchecked")
    public static <D> SpecCodec<D> forDriver(D driver) {
        return (SpecCodec<D>) ByDriver.CODECS.get(driver.getClass());
    }

    /** Loads a codec by class name from {@code loader}. */
    public static SpecCodec<?> load(String codecClassName, ClassLoader loader, String driverClassName) {
        try {
            Class<?> codecClass = Class.forName(codecClassName, true, loader);
            return (SpecCodec<?>) codecClass.getDeclaredConstructor().newInstance();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("No generated spec codec " + codecClassName + " for " + driverClassName
                    + ": the class is not a driver, or driverkit-processor did not run when it was compiled"
                    + " (put driverkit-processor on annotationProcessorPaths).", e);
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            // LinkageError: the codec class or one it needs is missing (NoClassDefFoundError), failed to
            // initialize (ExceptionInInitializerError) or was compiled for another runtime
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            Throwable shown = cause instanceof ExceptionInInitializerError init && init.getCause() != null
                    ? init.getCause() : cause;
            throw new IllegalStateException("Cannot create spec codec " + codecClassName + ": " + shown, cause);
        }
    }
}
