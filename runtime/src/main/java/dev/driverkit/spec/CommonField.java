package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One top-level field that every driver of a direction shares (MLRun's {@code DataSource} /
 * {@code DataTargetBase} fields), described once for both reading and writing.
 *
 * @param <D> the base driver class
 * @param <T> the field's value type
 */
public record CommonField<D, T>(
        String key,
        Shape shape,
        Function<D, T> getter,
        BiConsumer<D, T> setter,
        JsonValues.Reader<T> reader,
        JsonValues.Writer<? super T> writer) {

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

    static <D> CommonField<D, String> string(String key, Function<D, String> getter, BiConsumer<D, String> setter) {
        return new CommonField<>(key, Shape.STRING, getter, setter, JsonValues::readString, JsonValues::writeString);
    }

    static <D> CommonField<D, Boolean> bool(String key, Function<D, Boolean> getter, BiConsumer<D, Boolean> setter) {
        return new CommonField<>(key, Shape.BOOLEAN, getter, setter, JsonValues::readNullableBoolean,
                JsonValues::writeBoolean);
    }

    static <D> CommonField<D, Integer> integer(String key, Function<D, Integer> getter, BiConsumer<D, Integer> setter) {
        return new CommonField<>(key, Shape.INTEGER, getter, setter, JsonValues::readNullableInt, JsonValues::writeInt);
    }

    static <D> CommonField<D, Long> longInteger(String key, Function<D, Long> getter, BiConsumer<D, Long> setter) {
        return new CommonField<>(key, Shape.INTEGER, getter, setter, JsonValues::readNullableLong, JsonValues::writeLong);
    }

    static <D> CommonField<D, LocalDateTime> dateTime(String key, Function<D, LocalDateTime> getter,
            BiConsumer<D, LocalDateTime> setter) {
        return new CommonField<>(key, Shape.DATE_TIME, getter, setter, JsonValues::readLocalDateTime,
                JsonValues::writeTime);
    }

    static <D> CommonField<D, List<String>> stringList(String key, Function<D, List<String>> getter,
            BiConsumer<D, List<String>> setter) {
        return new CommonField<>(key, Shape.STRING_LIST, getter, setter,
                (parser, path) -> JsonValues.readList(parser, path, JsonValues::readString),
                (generator, value) -> JsonValues.writeList(generator, value, JsonValues::writeString));
    }

    static <D> CommonField<D, Map<String, Object>> object(String key, Function<D, Map<String, Object>> getter,
            BiConsumer<D, Map<String, Object>> setter) {
        return new CommonField<>(key, Shape.OBJECT, getter, setter,
                (parser, path) -> JsonValues.readMap(parser, path, JsonValues::readAny), JsonValues::writeAny);
    }

    void read(D driver, JsonParser parser, String path) throws IOException {
        setter.accept(driver, reader.read(parser, path));
    }

    /** Writes the field unless it is null, {@code {}} or {@code []} (MLRun leaves those out). */
    void write(D driver, JsonGenerator generator) throws IOException {
        T value = getter.apply(driver);
        if (value == null
                || value instanceof Collection<?> collection && collection.isEmpty()
                || value instanceof Map<?, ?> map && map.isEmpty()) {
            return;
        }
        generator.writeFieldName(key);
        writer.write(generator, value);
    }
}
