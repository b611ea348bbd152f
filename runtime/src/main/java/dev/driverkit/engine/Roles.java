package dev.driverkit.engine;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.registry.RegistryFormat;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * An engine's entry to any driver: {@code Roles.spark(source).toSparkDf(session, request)}. Each call
 * returns the driver's generated adapter in the asked {@link Role role}, after checking that the driver declares
 * the engine (else {@link EngineNotSupportedException}) and that the engine's library is on the class
 * path (else {@link EngineUnavailableException}). No reflection over driver classes.
 */
public final class Roles {
    private static final ClassValue<MethodHandle> CONSTRUCTORS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> driverClass) {
            String adapter = RegistryFormat.adapterClassName(driverClass.getName());
            try {
                Class<?> adapterClass = Class.forName(adapter, true, driverClass.getClassLoader());
                return MethodHandles.publicLookup().findConstructor(adapterClass,
                        MethodType.methodType(void.class, driverClass));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("No generated engine adapter " + adapter + " for " + driverClass.getName()
                        + ": driverkit-processor did not run when it was compiled (put driverkit-processor on"
                        + " annotationProcessorPaths).", e);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot use engine adapter " + adapter + ": " + e, e);
            }
        }
    };

    private Roles() {}

    /** The source as a STOREY stream. */
    public static StoreySource storey(BaseSourceDriver source) {
        return role(source, StoreySource.class, Engine.STOREY, "run on Engine.STOREY");
    }

    /** The source on Spark. */
    public static SparkSource spark(BaseSourceDriver source) {
        return role(source, SparkSource.class, Engine.SPARK, "run on Engine.SPARK");
    }

    /** The offline source's Spark reader options ({@code getSparkOptions}), and its frame. */
    public static SparkOfflineSource sparkOffline(BaseSourceDriver source) {
        return role(source, SparkOfflineSource.class, Engine.SPARK,
                "tell Spark reader options (it runs on Engine.SPARK only as an online source, through toSparkDf)");
    }

    /** The source as one local frame (a driver declared without {@code iterator = true}). */
    public static PandasSource pandas(BaseSourceDriver source) {
        return role(source, PandasSource.class, Engine.PANDAS, adapter -> "return one frame on Engine.PANDAS"
                + (adapter instanceof PandasChunkedSource ? " (it reads in chunks: use Roles.pandasChunked)" : ""));
    }

    /** The source as a stream of local frames (a driver declared with {@code iterator = true}). */
    public static PandasChunkedSource pandasChunked(BaseSourceDriver source) {
        return role(source, PandasChunkedSource.class, Engine.PANDAS, adapter -> "return chunks on Engine.PANDAS"
                + (adapter instanceof PandasSource ? " (it returns one frame: use Roles.pandas)" : ""));
    }

    /** The online source's trigger. */
    public static TriggerSource trigger(BaseSourceDriver source) {
        return role(source, TriggerSource.class, null, "add a serving trigger (it is not an online source)");
    }

    /** The offline target's file layout. */
    public static OfflineTarget offline(BaseStoreTarget target) {
        return role(target, OfflineTarget.class, null, "tell its file layout (it is not an offline target)");
    }

    /** The target's STOREY writer. */
    public static StoreyTarget storey(BaseStoreTarget target) {
        return role(target, StoreyTarget.class, Engine.STOREY, "be written on Engine.STOREY");
    }

    /** The target on Spark. */
    public static SparkTarget spark(BaseStoreTarget target) {
        return role(target, SparkTarget.class, Engine.SPARK, "be written on Engine.SPARK");
    }

    /** The target written from and read back as local frames. */
    public static PandasTarget pandas(BaseStoreTarget target) {
        return role(target, PandasTarget.class, Engine.PANDAS, "be written on Engine.PANDAS");
    }

    /** The offline target's data read back for a query (queryable offline targets and PANDAS targets). */
    public static OfflineQueryTarget offlineQuery(BaseStoreTarget target) {
        return role(target, OfflineQueryTarget.class, Engine.PANDAS,
                "serve offline queries (declare it queryable = true)");
    }

    /** The online target's lookups by entity key (queryable online targets). */
    public static OnlineQueryTarget onlineQuery(BaseStoreTarget target) {
        return role(target, OnlineQueryTarget.class, null,
                "serve online queries (declare it queryable = true, online = true)");
    }

    /** The driver's adapter, for what every role tells: its kind and engines. */
    public static DriverAdapter of(Object driver) {
        return adapter(driver);
    }

    private static <T> T role(Object driver, Class<T> role, Engine engine, String what) {
        return role(driver, role, engine, adapter -> what);
    }

    /** {@code what} completes "the driver cannot ...", given the adapter, only when it is needed. */
    private static <T> T role(Object driver, Class<T> role, Engine engine, Function<DriverAdapter, String> what) {
        DriverAdapter adapter = adapter(driver);
        if (!role.isInstance(adapter)) {
            String fix = engine == null ? "" : "Use %those%, or add Engine." + engine + " to its annotation's"
                    + " supports and the methods the compiler then asks for.";
            throw EngineNotSupportedException.of(adapter, driver.getClass().getName(), what.apply(adapter), fix);
        }
        if (engine != null) {
            requireLibrary(engine, driver.getClass().getClassLoader());
        }
        return role.cast(adapter);
    }

    private static DriverAdapter adapter(Object driver) {
        try {
            return (DriverAdapter) CONSTRUCTORS.get(driver.getClass()).invoke(driver);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot create the engine adapter of " + driver.getClass().getName(), e);
        }
    }

    private static void requireLibrary(Engine engine, ClassLoader loader) {
        if (engine.libraryClass() == null) {
            return;
        }
        try {
            Class.forName(engine.libraryClass(), false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new EngineUnavailableException(engine, engine.libraryClass(), engine.libraryArtifact());
        }
    }
}
