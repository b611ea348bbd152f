package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an engine role: an interface of this package whose methods a driver must declare when the
 * role applies to it. The roles are the single definition of driverkit's contract. The annotation
 * processor reads them (their methods, signatures and parameter names, through the language model) to
 * check drivers and to generate each driver's adapter, which implements the roles that apply; engines
 * reach drivers only through them ({@link Roles}).
 *
 * <p>A role applies to a driver of {@link #direction()} that lists {@link #engine()} (or any driver,
 * when no engine is named), has every flag of {@link #when()} and none of {@link #unless()}. Its
 * abstract methods are required; its default methods are optional: the driver may declare one (the
 * processor then checks its signature and the adapter calls it), otherwise the default runs.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Role {
    Direction direction();

    /** The engine that needs this role; empty: the flags alone decide. At most one. */
    Engine[] engine() default {};

    /** Flags the driver must all have. */
    DriverFlag[] when() default {};

    /** Flags the driver must not have. */
    DriverFlag[] unless() default {};

    /**
     * Engines whose libraries the methods use although the role does not depend on declaring that engine
     * (a queryable offline target's {@code asDf} returns a DFLib frame).
     */
    Engine[] uses() default {};
}
