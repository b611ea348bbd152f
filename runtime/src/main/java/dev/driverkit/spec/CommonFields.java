package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

/**
 * The common fields of one direction, read and written by plain code: a {@code switch} on the key to
 * read, one call per field to write. (A table of getter and setter references would be shorter, but
 * each reference is a class spun at run time, which a cold start pays for.) Each subclass lists its
 * fields in {@link #fields()} in the order it writes them; the tests check the two agree.
 *
 * @param <B> the base driver class of the direction
 */
abstract class CommonFields<B> {
    private final List<CommonField> fields;
    private final Set<String> keys = new HashSet<>();

    CommonFields(List<CommonField> fields) {
        this.fields = List.copyOf(fields);
        for (CommonField field : fields) {
            keys.add(field.key());
        }
    }

    /** The fields, in writing order. */
    final List<CommonField> fields() {
        return fields;
    }

    /** Whether {@code key} is one of the fields. */
    final boolean has(String key) {
        return keys.contains(key);
    }

    /** Reads the value at the parser into the field {@code key}; false when no common field has that key. */
    abstract boolean read(B driver, String key, JsonParser parser) throws IOException;

    /** Writes the fields that come before {@code "attributes"} ({@code name} and {@code path}). */
    abstract void writeBeforeAttributes(B driver, JsonGenerator generator) throws IOException;

    /** Writes the fields that come after {@code "attributes"}. */
    abstract void writeAfterAttributes(B driver, JsonGenerator generator) throws IOException;

    /** Where a driver keeps the attributes it does not model. */
    abstract Map<String, Object> extraAttributes(B driver);

    // ---- writing one field: left out when null, {} or [] (as MLRun does) ----

    static void write(JsonGenerator generator, CommonField field, String value) throws IOException {
        if (value != null) {
            generator.writeFieldName(field.jsonKey());
            generator.writeString(value);
        }
    }

    static void write(JsonGenerator generator, CommonField field, Boolean value) throws IOException {
        if (value != null) {
            generator.writeFieldName(field.jsonKey());
            generator.writeBoolean(value);
        }
    }

    static void write(JsonGenerator generator, CommonField field, Integer value) throws IOException {
        if (value != null) {
            generator.writeFieldName(field.jsonKey());
            generator.writeNumber(value.intValue());
        }
    }

    static void write(JsonGenerator generator, CommonField field, Long value) throws IOException {
        if (value != null) {
            generator.writeFieldName(field.jsonKey());
            generator.writeNumber(value.longValue());
        }
    }

    static void write(JsonGenerator generator, CommonField field, LocalDateTime value) throws IOException {
        if (value != null) {
            generator.writeFieldName(field.jsonKey());
            JsonValues.writeTime(generator, value);
        }
    }

    static void writeStrings(JsonGenerator generator, CommonField field, List<String> values) throws IOException {
        if (values != null && !values.isEmpty()) {
            generator.writeFieldName(field.jsonKey());
            JsonValues.writeList(generator, values, JsonValues.STRING);
        }
    }

    static void writeObject(JsonGenerator generator, CommonField field, Map<String, Object> value) throws IOException {
        if (value != null && !value.isEmpty()) {
            generator.writeFieldName(field.jsonKey());
            JsonValues.writeAny(generator, value);
        }
    }
}
