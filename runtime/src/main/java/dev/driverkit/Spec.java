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

    /**
     * A credential (a password, an access key): read from specs as usual, but never written back by the
     * generated codec, so it never reaches stored or logged spec JSON; the JSON Schema marks it
     * {@code "writeOnly"}, and a spec error about its value does not show the value. A driver that
     * needs it after a round trip reads it from its environment, as MLRun does (under
     * {@code credentials_prefix}).
     */
    boolean secret() default false;

    /**
     * For a {@code Map<String, ...>} or {@code Object} field that holds a JSON object with a credential
     * inside (MLRun's kafka {@code "sasl": {"user": ..., "password": ...}}): the keys of the secret
     * entries, a nested one as a path ({@code "oauth.clientSecret"}). Those entries are never written;
     * the rest of the object is, as with {@link #secret()} for a whole field. A key that has dots
     * itself ({@code "sasl.jaas.config"} of Kafka client settings) is matched whole first.
     */
    String[] secretKeys() default {};
}
