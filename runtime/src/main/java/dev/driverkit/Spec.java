package dev.driverkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that belongs to the driver's serialized spec. It is written inside the spec JSON's
 * {@code "attributes"} object under its snake_case name ({@code batchSize} becomes {@code batch_size}).
 *
 * <p>The field must be non-private, non-static and non-final, of a supported type: {@code String},
 * primitives and their boxes, enums, {@code java.time} values (ISO-8601 strings), {@code Object} (any
 * JSON value: String, Long, Double, Boolean, List, Map or null), and {@code List},
 * {@code Set} and {@code Map<String, ...>} of these.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Spec {
    /** The JSON key; empty means the field name in snake_case. */
    String name() default "";

    /**
     * Former keys still accepted when reading, so a field can be renamed without breaking stored
     * specs. Reading one logs a deprecation warning; writing always uses the current key.
     */
    String[] aliases() default {};
}
