package dev.driverkit.spec;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * One top-level field that every driver of a direction shares (MLRun's {@code DataSource} /
 * {@code DataTargetBase} fields): its key and JSON shape, for generated schemas, docs and the
 * processor's checks. {@link CommonFields} reads and writes them.
 *
 * @param key the top-level JSON key
 * @param shape its JSON form
 * @param jsonKey the key quoted and escaped once, for writing (as databind writes property names)
 */
public record CommonField(String key, Shape shape, SerializableString jsonKey) {

    public CommonField(String key, Shape shape) {
        this(key, shape, new SerializedString(key));
    }

    /** The JSON form of a common field (for generated schemas and docs). */
    public enum Shape {
        STRING("string"),
        BOOLEAN("boolean"),
        INTEGER("integer"),
        /** An ISO-8601 date-time string; MLRun writes it with or without an offset. */
        DATE_TIME("string"),
        /** An array of strings. */
        STRING_LIST("array"),
        OBJECT("object");

        private final String jsonType;

        Shape(String jsonType) {
            this.jsonType = jsonType;
        }

        /** The JSON Schema {@code type}. */
        public String jsonType() {
            return jsonType;
        }
    }
}
