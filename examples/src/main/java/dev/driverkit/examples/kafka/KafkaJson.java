package dev.driverkit.examples.kafka;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import dev.driverkit.spec.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * Kafka message bodies as storey writes and reads them: one JSON object per message. Writing follows
 * Python's {@code json.dumps(body, default=str)}, which storey's KafkaTarget uses: date-times as
 * Python's {@code str(datetime)} ({@code 2024-01-01 12:30:00}, {@code 2024-01-01 12:30:00.250000+00:00}),
 * NaN and infinities as Python writes them; reading accepts those too.
 */
final class KafkaJson {
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();
    /** Python's {@code str(time)}: microseconds only when not zero. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    private KafkaJson() {}

    /** The message as a JSON object; an {@link IllegalArgumentException} says why it is not one. */
    static Map<String, Object> read(byte[] value) {
        if (value == null) {
            throw new IllegalArgumentException("the message has no value (a tombstone), not a JSON object");
        }
        try (JsonParser parser = JSON.createParser(value)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the message is " + (first == null ? "empty" : "a JSON " + kind(first))
                        + ", not a JSON object");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) JsonValues.readAny(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("the message has more after its JSON object");
            }
            return body;
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("the message is not JSON: " + reason, e);
        }
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "array";
            case VALUE_STRING -> "string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> "value";
        };
    }

    /** {@code body} as storey's KafkaTarget writes it (UTF-8 JSON). */
    static byte[] write(Map<String, Object> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(128);
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            // Python's json.dumps separates with ", " and ": "
            generator.setPrettyPrinter(new PythonSeparators());
            writeValue(generator, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> items) {
            generator.writeStartArray();
            for (Object item : items) {
                writeValue(generator, item);
            }
            generator.writeEndArray();
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Double || value instanceof Float) {
            generator.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else if (value instanceof BigInteger integer) {
            generator.writeNumber(integer);
        } else if (value instanceof Number number) {
            generator.writeNumber(number.longValue());
        } else {
            generator.writeString(pythonString(value));
        }
    }

    /** Python's {@code str()} of a value json.dumps cannot write itself. */
    static String pythonString(Object value) {
        if (value instanceof LocalDateTime local) {
            return local.toLocalDate() + " " + pythonTime(local.toLocalTime());
        }
        if (value instanceof OffsetDateTime offset) {
            return pythonString(offset.toLocalDateTime()) + offset(offset.getOffset());
        }
        if (value instanceof ZonedDateTime zoned) {
            return pythonString(zoned.toOffsetDateTime());
        }
        if (value instanceof Instant instant) {
            return pythonString(instant.atOffset(ZoneOffset.UTC));
        }
        if (value instanceof LocalTime time) {
            return pythonTime(time);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof byte[] bytes) {
            return "b'" + new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) + "'";
        }
        return String.valueOf(value);
    }

    private static String pythonTime(LocalTime time) {
        return (time.getNano() / 1000 == 0 ? SECONDS : MICROSECONDS).format(time);
    }

    private static String offset(ZoneOffset offset) {
        return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
    }

    /**
     * A time field's value as an instant: an ISO-8601 or Python {@code str(datetime)} text (without an
     * offset: UTC, as MLRun treats naive times), or a number of seconds since the epoch.
     */
    static Instant instant(Object value) {
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(Math.round(number.doubleValue() * 1000));
        }
        if (value instanceof String text) {
            String iso = text.strip().replace(' ', 'T');
            try {
                return OffsetDateTime.parse(iso).toInstant();
            } catch (DateTimeParseException withoutOffset) {
                try {
                    return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notATime) {
                    try {
                        return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException notADate) {
                        // reported below
                    }
                }
            }
        }
        throw new IllegalArgumentException("its time value " + describe(value) + " is not a date-time (ISO-8601 text or"
                + " seconds since the epoch)");
    }

    static String describe(Object value) {
        String text = value instanceof String s ? "\"" + s + "\"" : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    /** storey's {@code stringify_key}: one value as text, a list joined with '.' (storey hashes the third value on; driverkit keeps them readable). */
    static String stringifyKey(Object key) {
        if (key instanceof List<?> list && !list.isEmpty()) {
            if (list.size() == 1) {
                return String.valueOf(list.get(0));
            }
            StringBuilder out = new StringBuilder(String.valueOf(list.get(0)));
            for (Object part : list.subList(1, list.size())) {
                out.append('.').append(part);
            }
            return out.toString();
        }
        return String.valueOf(key);
    }

    /** Python's json.dumps separators: {@code ", "} between items and {@code ": "} after a key, on one line. */
    private static final class PythonSeparators extends com.fasterxml.jackson.core.util.MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            generator.writeRaw(", ");
        }
    }
}
