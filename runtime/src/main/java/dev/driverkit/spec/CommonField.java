package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Collection;
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
        Function<D, T> getter,
        BiConsumer<D, T> setter,
        JsonValues.Reader<T> reader,
        JsonValues.Writer<? super T> writer) {

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
