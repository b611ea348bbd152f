package dev.driverkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a source driver. The class extends {@link BaseSourceDriver} (offline) or {@link OnlineSource}
 * (online), has a public no-arg constructor and the methods that each engine in {@link #supports()}
 * requires; driverkit's annotation processor checks all of that and generates the registry entry and
 * the spec serializer.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface SourceDriver {
    /** The kind that specs name this driver by, e.g. {@code "csv"}: {@code [A-Za-z][A-Za-z0-9_-]*}, case-sensitive. */
    String kind();

    /** The engines this driver runs on; at least one. */
    Engine[] supports();

    /** Whether {@code toDataframe} returns the data in chunks (MLRun's {@code is_iterator}). */
    boolean iterator() default false;
}
