package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and writes the value types of {@code @Spec} fields with Jackson's streaming API. Generated
 * spec codecs call these; each reader expects the parser on the value's first token, leaves it on the
 * value's last token, and reports a wrong type as a {@link SpecException} naming the JSON path.
 */
public final class JsonValues {

    private JsonValues() {}

    /** Reads one value of a collection element type. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonParser parser, String path) throws IOException;
    }

    /** Writes one value of a collection element type. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    // ---- reading scalars ----

    public static String readString(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(parser, path, "a string");
        }
        return parser.getText();
    }

    public static boolean readBoolean(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw wrongType(parser, path, "true or false");
    }

    public static Boolean readNullableBoolean(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readBoolean(parser, path);
    }

    public static long readLong(JsonParser parser, String path) throws IOException {
        return integral(parser, path, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
    }

    public static Long readNullableLong(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readLong(parser, path);
    }

    public static int readInt(JsonParser parser, String path) throws IOException {
        return (int) integral(parser, path, Integer.MIN_VALUE, Integer.MAX_VALUE, "a 32-bit integer");
    }

    public static Integer readNullableInt(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readInt(parser, path);
    }

    public static short readShort(JsonParser parser, String path) throws IOException {
        return (short) integral(parser, path, Short.MIN_VALUE, Short.MAX_VALUE, "a 16-bit integer");
    }

    public static Short readNullableShort(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readShort(parser, path);
    }

    public static byte readByte(JsonParser parser, String path) throws IOException {
        return (byte) integral(parser, path, Byte.MIN_VALUE, Byte.MAX_VALUE, "an 8-bit integer");
    }

    public static Byte readNullableByte(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readByte(parser, path);
    }

    public static double readDouble(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return parser.getDoubleValue();
        }
        throw wrongType(parser, path, "a number");
    }

    public static Double readNullableDouble(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readDouble(parser, path);
    }

    public static float readFloat(JsonParser parser, String path) throws IOException {
        return (float) readDouble(parser, path);
    }

    public static Float readNullableFloat(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readFloat(parser, path);
    }

    public static char readChar(JsonParser parser, String path) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 1) {
            return parser.getText().charAt(0);
        }
        throw wrongType(parser, path, "a one-character string");
    }

    public static Character readNullableChar(JsonParser parser, String path) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readChar(parser, path);
    }

    /** Reads an enum constant by its exact name; a misspelt one gets the nearest constant as a hint. */
    public static <E extends Enum<E>> E readEnum(JsonParser parser, String path, E[] constants) throws IOException {
        String text = readString(parser, path);
        if (text == null) {
            return null;
        }
        List<String> names = new ArrayList<>(constants.length);
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
            names.add(constant.name());
        }
        throw new SpecException(path, "'" + text + "' is not one of " + names + ".",
                NearestName.among(text, names), null);
    }

    // ---- reading java.time values (ISO-8601 strings) ----

    public static Instant readInstant(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 instant such as 2024-01-01T00:00:00Z", Instant::parse);
    }

    public static LocalDate readLocalDate(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 date such as 2024-01-01", LocalDate::parse);
    }

    /**
     * Reads a local date-time. A value with an offset (MLRun writes {@code 2016-05-24T22:00:00.000Z})
     * is converted to UTC, the way MLRun treats naive times.
     */
    public static LocalDateTime readLocalDateTime(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 date-time such as 2024-01-01T00:00:00", text -> {
            try {
                return LocalDateTime.parse(text);
            } catch (DateTimeParseException noZone) {
                return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
        });
    }

    public static LocalTime readLocalTime(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 time such as 13:45:00", LocalTime::parse);
    }

    public static OffsetDateTime readOffsetDateTime(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 date-time with offset such as 2024-01-01T00:00:00Z",
                OffsetDateTime::parse);
    }

    public static ZonedDateTime readZonedDateTime(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 zoned date-time such as 2024-01-01T00:00:00Z[UTC]",
                ZonedDateTime::parse);
    }

    public static Duration readDuration(JsonParser parser, String path) throws IOException {
        return readTime(parser, path, "an ISO-8601 duration such as PT15M", Duration::parse);
    }

    private static <T> T readTime(JsonParser parser, String path, String expected, Function<String, T> parse)
            throws IOException {
        String text = readString(parser, path);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new SpecException(path, "expected " + expected + ", found \"" + text + "\".", null, e);
        }
    }

    // ---- reading collections ----

    public static <T> List<T> readList(JsonParser parser, String path, Reader<T> element) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readArray(parser, path, element, new ArrayList<>());
    }

    public static <T> Set<T> readSet(JsonParser parser, String path, Reader<T> element) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readArray(parser, path, element, new LinkedHashSet<>());
    }

    private static <T, C extends java.util.Collection<T>> C readArray(
            JsonParser parser, String path, Reader<T> element, C into) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(parser, path, "an array");
        }
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            into.add(element.read(parser, path + "[" + index++ + "]"));
        }
        return into;
    }

    public static <V> Map<String, V> readMap(JsonParser parser, String path, Reader<V> value) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(parser, path, "an object");
        }
        Map<String, V> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, value.read(parser, SpecPaths.child(path, key)));
        }
        return map;
    }

    /**
     * Reads any JSON value as plain Java: String, Long (or BigInteger), Double, Boolean, List, Map or
     * null. Used for attributes a driver does not model, so they survive a read and write-back.
     */
    public static Object readAny(JsonParser parser, String path) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return readMap(parser, path, JsonValues::readAny);
            case START_ARRAY:
                return readList(parser, path, JsonValues::readAny);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw wrongType(parser, path, "a JSON value");
        }
    }

    /** Logs that a stored spec used a former key of a renamed {@code @Spec} field. */
    public static void deprecatedKey(String path, String currentKey) {
        // Looked up here, not at class initialisation: starting the logging system slows a cold start.
        System.getLogger("dev.driverkit.spec").log(Level.WARNING, "Spec key at {0} is deprecated: write \"{1}\" instead.", path, currentKey);
    }

    // ---- writing ----

    public static void writeString(JsonGenerator generator, String value) throws IOException {
        generator.writeString(value);
    }

    public static void writeBoolean(JsonGenerator generator, boolean value) throws IOException {
        generator.writeBoolean(value);
    }

    public static void writeLong(JsonGenerator generator, long value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeInt(JsonGenerator generator, int value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeShort(JsonGenerator generator, short value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeByte(JsonGenerator generator, byte value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeDouble(JsonGenerator generator, double value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeFloat(JsonGenerator generator, float value) throws IOException {
        generator.writeNumber(value);
    }

    public static void writeChar(JsonGenerator generator, char value) throws IOException {
        generator.writeString(String.valueOf(value));
    }

    public static void writeEnum(JsonGenerator generator, Enum<?> value) throws IOException {
        generator.writeString(value.name());
    }

    /**
     * Writes a java.time value in ISO-8601, always with seconds (as Python's {@code isoformat()} does;
     * {@code toString()} would drop zero seconds).
     */
    public static void writeTime(JsonGenerator generator, TemporalAccessor value) throws IOException {
        DateTimeFormatter format = value instanceof LocalDateTime ? DateTimeFormatter.ISO_LOCAL_DATE_TIME
                : value instanceof LocalTime ? DateTimeFormatter.ISO_LOCAL_TIME
                : value instanceof OffsetDateTime ? DateTimeFormatter.ISO_OFFSET_DATE_TIME
                : value instanceof ZonedDateTime ? DateTimeFormatter.ISO_ZONED_DATE_TIME
                : null;
        generator.writeString(format == null ? value.toString() : format.format(value));
    }

    public static void writeDuration(JsonGenerator generator, Duration value) throws IOException {
        generator.writeString(value.toString());
    }

    public static <T> void writeList(JsonGenerator generator, Iterable<T> values, Writer<? super T> element)
            throws IOException {
        generator.writeStartArray();
        for (T value : values) {
            if (value == null) {
                generator.writeNull();
            } else {
                element.write(generator, value);
            }
        }
        generator.writeEndArray();
    }

    public static <V> void writeMap(JsonGenerator generator, Map<String, V> values, Writer<? super V> value)
            throws IOException {
        generator.writeStartObject();
        for (Map.Entry<String, V> entry : values.entrySet()) {
            generator.writeFieldName(entry.getKey());
            if (entry.getValue() == null) {
                generator.writeNull();
            } else {
                value.write(generator, entry.getValue());
            }
        }
        generator.writeEndObject();
    }

    /** Writes a value read by {@link #readAny}. */
    public static void writeAny(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeAny(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof Iterable<?> list) {
            writeList(generator, list, JsonValues::writeAny);
        } else if (value instanceof Object[] array) {
            writeList(generator, Arrays.asList(array), JsonValues::writeAny);
        } else if (value instanceof Boolean bool) {
            generator.writeBoolean(bool);
        } else if (value instanceof Number number) {
            writeNumber(generator, number);
        } else if (value instanceof Enum<?> constant) {
            generator.writeString(constant.name());
        } else {
            generator.writeString(value.toString());
        }
    }

    private static void writeNumber(JsonGenerator generator, Number number) throws IOException {
        if (number instanceof Double || number instanceof Float) {
            generator.writeNumber(number.doubleValue());
        } else if (number instanceof java.math.BigInteger big) {
            generator.writeNumber(big);
        } else if (number instanceof java.math.BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else {
            generator.writeNumber(number.longValue());
        }
    }

    // ---- errors ----

    private static long integral(JsonParser parser, String path, long min, long max, String expected)
            throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(parser, path, expected);
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new SpecException(path, "expected " + expected + ", found " + parser.getText() + " (out of range).");
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw new SpecException(path, "expected " + expected + ", found " + value + " (out of range).");
        }
        return value;
    }

    static SpecException wrongType(JsonParser parser, String path, String expected) throws IOException {
        return new SpecException(path, "expected " + expected + ", found " + describe(parser) + ".");
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case VALUE_STRING:
                String text = parser.getText();
                return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "..." : text) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + parser.getText();
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "the boolean " + parser.getText();
            case VALUE_NULL:
                return "null";
            case START_ARRAY:
                return "an array";
            case START_OBJECT:
                return "an object";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }
}
