package dev.driverkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a target driver: a class that extends {@link BaseStoreTarget}. The flags are MLRun's target
 * flags.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface TargetDriver {
    /** The kind that specs name this driver by, e.g. {@code "parquet"}. */
    String kind();

    /** The engines this driver runs on; at least one. */
    Engine[] supports();

    /** Whether the target is a key-value table. */
    boolean table() default false;

    /** Whether the target holds offline (historical) data. */
    boolean offline() default true;

    /** Whether the target serves online (latest) feature values. */
    boolean online() default false;

    /** Whether the target can append to existing data (writes with {@code overwrite = false}). */
    boolean append() default false;

    /**
     * Whether the target can serve feature-vector queries: an online target looks the latest values
     * up by entity key ({@code getTableObject()}), an offline target reads a time range and columns back
     * as a frame ({@code asDf}). The processor checks the methods; {@code DriverRegistry.targetsServing}
     * lists such targets.
     */
    boolean queryable() default false;
}
