package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
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

/**
 * Reads and writes the value types of {@code @Spec} fields with Jackson's streaming API: the methods and
 * element constants that the table of types ({@link SpecValueType}) names. Generated spec codecs call
 * these; each reader expects the parser on the value's first token, leaves it on the
 * value's last token, and reports a wrong type as a {@link SpecException} naming the JSON path.
 *
 * <p>No reader takes a path: a spec that reads well builds none. The path of a fault comes from the
 * parser's context when the exception is made ({@link SpecPaths#of(JsonParser)}).
 */
public final class JsonValues {

    private JsonValues() {}

    /** Reads one value of a collection element type. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /** Writes one value of a collection element type. */
    @FunctionalInterface
    public interface Writer<T> {
        void write(JsonGenerator generator, T value) throws IOException;
    }

    /**
     * How a collection's elements are read and written: the constants below for scalars, and
     * {@link #enumElement}, {@link #listElement}, {@link #setElement}, {@link #mapElement} for the rest.
     * Generated codecs pass these rather than lambdas or method references, each of which would cost a
     * class spun at run time on a cold start.
     */
    public interface Element<T> extends Reader<T>, Writer<T> {}

    public static final Element<String> STRING = new Scalar<>(SpecValueType.STRING);
    public static final Element<Boolean> BOOLEAN = new Scalar<>(SpecValueType.BOOLEAN);
    public static final Element<Byte> BYTE = new Scalar<>(SpecValueType.BYTE);
    public static final Element<Short> SHORT = new Scalar<>(SpecValueType.SHORT);
    public static final Element<Integer> INT = new Scalar<>(SpecValueType.INT);
    public static final Element<Long> LONG = new Scalar<>(SpecValueType.LONG);
    public static final Element<Float> FLOAT = new Scalar<>(SpecValueType.FLOAT);
    public static final Element<Double> DOUBLE = new Scalar<>(SpecValueType.DOUBLE);
    public static final Element<Character> CHAR = new Scalar<>(SpecValueType.CHAR);
    public static final Element<Instant> INSTANT = new Scalar<>(SpecValueType.INSTANT);
    public static final Element<LocalDate> LOCAL_DATE = new Scalar<>(SpecValueType.LOCAL_DATE);
    public static final Element<LocalDateTime> LOCAL_DATE_TIME = new Scalar<>(SpecValueType.LOCAL_DATE_TIME);
    public static final Element<LocalTime> LOCAL_TIME = new Scalar<>(SpecValueType.LOCAL_TIME);
    public static final Element<OffsetDateTime> OFFSET_DATE_TIME = new Scalar<>(SpecValueType.OFFSET_DATE_TIME);
    public static final Element<ZonedDateTime> ZONED_DATE_TIME = new Scalar<>(SpecValueType.ZONED_DATE_TIME);
    public static final Element<Duration> DURATION = new Scalar<>(SpecValueType.DURATION);
    /** Any JSON value, as {@link #readAny} reads it. */
    public static final Element<Object> ANY = new Scalar<>(SpecValueType.ANY);

    /** Elements that are constants of an enum, read by exact name. */
    public static <E extends Enum<E>> Element<E> enumElement(E[] constants) {
        return new EnumElement<>(constants);
    }

    /** Elements that are lists. */
    public static <T> Element<List<T>> listElement(Element<T> element) {
        return new ArrayElement<>(element, false);
    }

    /** Elements that are sets. */
    public static <T> Element<Set<T>> setElement(Element<T> element) {
        return new ArrayElement<>(element, true);
    }

    /** Elements that are maps with string keys. */
    public static <V> Element<Map<String, V>> mapElement(Element<V> value) {
        return new MapElement<>(value);
    }

    // ---- reading scalars ----

    public static String readString(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(parser, "a string");
        }
        return parser.getText();
    }

    public static boolean readBoolean(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            return token == JsonToken.VALUE_TRUE;
        }
        throw wrongType(parser, "true or false");
    }

    public static Boolean readNullableBoolean(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readBoolean(parser);
    }

    public static long readLong(JsonParser parser) throws IOException {
        return integral(parser, Long.MIN_VALUE, Long.MAX_VALUE, "an integer");
    }

    public static Long readNullableLong(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readLong(parser);
    }

    public static int readInt(JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            return parser.getIntValue(); // the common case, without the conversion to long
        }
        return (int) integral(parser, Integer.MIN_VALUE, Integer.MAX_VALUE, "a 32-bit integer");
    }

    public static Integer readNullableInt(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readInt(parser);
    }

    public static short readShort(JsonParser parser) throws IOException {
        return (short) integral(parser, Short.MIN_VALUE, Short.MAX_VALUE, "a 16-bit integer");
    }

    public static Short readNullableShort(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readShort(parser);
    }

    public static byte readByte(JsonParser parser) throws IOException {
        return (byte) integral(parser, Byte.MIN_VALUE, Byte.MAX_VALUE, "an 8-bit integer");
    }

    public static Byte readNullableByte(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readByte(parser);
    }

    /**
     * Reads a number as a double; one beyond a double's range ({@code 1e400}) is out of range rather
     * than infinite: JSON has no infinity, so an infinite value could not be written back as a number.
     */
    public static double readDouble(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            double value = parser.getDoubleValue();
            if (Double.isInfinite(value)) {
                throw outOfRange(parser, "a number");
            }
            return value;
        }
        throw wrongType(parser, "a number");
    }

    public static Double readNullableDouble(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readDouble(parser);
    }

    /** Reads a number as a float; one beyond a float's range is out of range (see {@link #readDouble}). */
    public static float readFloat(JsonParser parser) throws IOException {
        float value = (float) readDouble(parser);
        if (Float.isInfinite(value)) {
            throw outOfRange(parser, "a 32-bit floating-point number");
        }
        return value;
    }

    public static Float readNullableFloat(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readFloat(parser);
    }

    public static char readChar(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_STRING && parser.getTextLength() == 1) {
            return parser.getText().charAt(0);
        }
        throw wrongType(parser, "a one-character string");
    }

    public static Character readNullableChar(JsonParser parser) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readChar(parser);
    }

    /** Reads an enum constant by its exact name; a misspelt one gets the nearest constant as a hint. */
    public static <E extends Enum<E>> E readEnum(JsonParser parser, E[] constants) throws IOException {
        String text = readString(parser);
        if (text == null) {
            return null;
        }
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>(constants.length);
        for (E constant : constants) {
            names.add(constant.name());
        }
        throw new SpecException(SpecPaths.of(parser), "'" + Excerpt.of(text) + "' is not one of " + names + ".",
                NearestName.among(text, names), null);
    }

    // ---- reading java.time values (ISO-8601 strings) ----

    public static Instant readInstant(JsonParser parser) throws IOException {
        return (Instant) readTime(parser, SpecValueType.INSTANT);
    }

    public static LocalDate readLocalDate(JsonParser parser) throws IOException {
        return (LocalDate) readTime(parser, SpecValueType.LOCAL_DATE);
    }

    /**
     * Reads a local date-time. A value with an offset (MLRun writes {@code 2016-05-24T22:00:00.000Z})
     * is converted to UTC, the way MLRun treats naive times.
     */
    public static LocalDateTime readLocalDateTime(JsonParser parser) throws IOException {
        return (LocalDateTime) readTime(parser, SpecValueType.LOCAL_DATE_TIME);
    }

    public static LocalTime readLocalTime(JsonParser parser) throws IOException {
        return (LocalTime) readTime(parser, SpecValueType.LOCAL_TIME);
    }

    public static OffsetDateTime readOffsetDateTime(JsonParser parser) throws IOException {
        return (OffsetDateTime) readTime(parser, SpecValueType.OFFSET_DATE_TIME);
    }

    public static ZonedDateTime readZonedDateTime(JsonParser parser) throws IOException {
        return (ZonedDateTime) readTime(parser, SpecValueType.ZONED_DATE_TIME);
    }

    public static Duration readDuration(JsonParser parser) throws IOException {
        return (Duration) readTime(parser, SpecValueType.DURATION);
    }

    /** Reads a java.time value of one of the table's time types; a switch, not a parse function per type. */
    private static Object readTime(JsonParser parser, SpecValueType kind) throws IOException {
        String text = readString(parser);
        if (text == null) {
            return null;
        }
        try {
            switch (kind) {
                case INSTANT:
                    return Instant.parse(text);
                case LOCAL_DATE:
                    return LocalDate.parse(text);
                case LOCAL_DATE_TIME:
                    try {
                        return LocalDateTime.parse(text);
                    } catch (DateTimeParseException noZone) {
                        return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
                    }
                case LOCAL_TIME:
                    return LocalTime.parse(text);
                case OFFSET_DATE_TIME:
                    return OffsetDateTime.parse(text);
                case ZONED_DATE_TIME:
                    return ZonedDateTime.parse(text);
                case DURATION:
                    return Duration.parse(text);
                default:
                    throw new IllegalArgumentException("not a time type: " + kind);
            }
        } catch (DateTimeException | ArithmeticException e) {
            // DateTimeException, not only its DateTimeParseException: a time that parses can still fall
            // outside the range when it is converted (-999999999-01-01T00:00:00+18:00 to UTC)
            throw new SpecException(SpecPaths.of(parser), "expected " + timeExample(kind) + ", found \""
                    + Excerpt.of(text) + "\"" + (e instanceof DateTimeParseException ? "." : " (out of range)."), null, e);
        }
    }

    private static String timeExample(SpecValueType kind) {
        switch (kind) {
            case INSTANT:
                return "an ISO-8601 instant such as 2024-01-01T00:00:00Z";
            case LOCAL_DATE:
                return "an ISO-8601 date such as 2024-01-01";
            case LOCAL_DATE_TIME:
                return "an ISO-8601 date-time such as 2024-01-01T00:00:00";
            case LOCAL_TIME:
                return "an ISO-8601 time such as 13:45:00";
            case OFFSET_DATE_TIME:
                return "an ISO-8601 date-time with offset such as 2024-01-01T00:00:00Z";
            case ZONED_DATE_TIME:
                return "an ISO-8601 zoned date-time such as 2024-01-01T00:00:00Z[UTC]";
            default:
                return "an ISO-8601 duration such as PT15M";
        }
    }

    // ---- reading collections ----

    public static <T> List<T> readList(JsonParser parser, Reader<T> element) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readArray(parser, element, new ArrayList<>());
    }

    public static <T> Set<T> readSet(JsonParser parser, Reader<T> element) throws IOException {
        return parser.currentToken() == JsonToken.VALUE_NULL ? null : readArray(parser, element, new LinkedHashSet<>());
    }

    private static <T, C extends java.util.Collection<T>> C readArray(JsonParser parser, Reader<T> element, C into)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw wrongType(parser, "an array");
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            into.add(element.read(parser));
        }
        return into;
    }

    public static <V> Map<String, V> readMap(JsonParser parser, Reader<V> value) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            throw wrongType(parser, "an object");
        }
        Map<String, V> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, value.read(parser));
        }
        return map;
    }

    /**
     * Reads any JSON value as plain Java: String, Long, Double, Boolean, List, Map or null, and a number
     * a Long or Double cannot hold exactly as BigInteger or BigDecimal ({@code 1e400},
     * {@code 0.1000000000000000000001}), so every number is written back as it was read. Used for
     * {@code Object} fields and for attributes a driver does not model.
     */
    public static Object readAny(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return readMap(parser, ANY);
            case START_ARRAY:
                return readList(parser, ANY);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? parser.getBigIntegerValue() : parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return exactFloat(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw wrongType(parser, "a JSON value");
        }
    }

    /**
     * The number at the parser as a Double when the Double's decimal form has the number's exact value
     * (so it writes back as the same number), else as a BigDecimal.
     */
    private static Number exactFloat(JsonParser parser) throws IOException {
        double value = parser.getDoubleValue();
        BigDecimal exact;
        try {
            exact = parser.getDecimalValue();
        } catch (NumberFormatException e) {
            // an exponent beyond an int (1e4000000000291): no BigDecimal holds it (found by SpecFuzzTest)
            throw outOfRange(parser, "a number");
        }
        if (Double.isFinite(value) && BigDecimal.valueOf(value).compareTo(exact) == 0) {
            return value;
        }
        return exact;
    }

    /**
     * Whether the parser is on a JSON null. Generated codecs skip a null for a field that may be null:
     * null is "not set", as MLRun leaves None out, so the field keeps its default and a spec read and
     * written back reads the same again.
     */
    public static boolean isNull(JsonParser parser) {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Logs that a stored spec used a former key of a renamed {@code @Spec} field (the parser is on its value). */
    public static void deprecatedKey(JsonParser parser, String currentKey) {
        // Looked up here, not at class initialisation: starting the logging system slows a cold start.
        System.getLogger("dev.driverkit.spec").log(Level.WARNING, "Spec key at {0} is deprecated: write \"{1}\" instead.",
                SpecPaths.of(parser), currentKey);
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
            writeList(generator, list, ANY);
        } else if (value instanceof Object[] array) {
            writeList(generator, Arrays.asList(array), ANY);
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
        } else if (number instanceof BigInteger big) {
            generator.writeNumber(big);
        } else if (number instanceof BigDecimal decimal) {
            generator.writeNumber(decimal);
        } else {
            generator.writeNumber(number.longValue());
        }
    }

    // ---- secrets ----

    /**
     * {@code values} without its secret entries: each path is a key, or keys joined by '.' into nested
     * objects ({@code "oauth.clientSecret"}); a key that has dots itself ({@code "sasl.jaas.config"}) is
     * matched whole first. What a generated codec writes for a field with
     * {@code @Spec(secretKeys = ...)}; {@code values} itself is not changed.
     */
    public static <V> Map<String, V> withoutSecrets(Map<String, V> values, String... paths) {
        Map<String, V> copy = new LinkedHashMap<>(values);
        for (String path : paths) {
            remove(copy, path.split("\\.", -1), 0);
        }
        return copy;
    }

    /** The same for an {@code Object} field: a JSON object loses its secret entries; any other value is kept. */
    @SuppressWarnings("unchecked")
    public static Object withoutSecrets(Object value, String... paths) {
        return value instanceof Map<?, ?> map ? withoutSecrets((Map<String, Object>) map, paths) : value;
    }

    @SuppressWarnings("unchecked")
    private static <V> void remove(Map<String, V> map, String[] keys, int depth) {
        String rest = String.join(".", Arrays.asList(keys).subList(depth, keys.length));
        if (map.containsKey(rest)) { // a key with dots in it ("sasl.jaas.config") matches as a whole
            map.remove(rest);
            return;
        }
        String key = keys[depth];
        if (depth < keys.length - 1 && map.get(key) instanceof Map<?, ?> nested) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) nested);
            remove(copy, keys, depth + 1);
            map.put(key, (V) copy);
        }
    }

    /**
     * A fault in the value of a secret field, without the value: the generated codec rethrows this for
     * a {@code @Spec(secret = true)} or {@code secretKeys} field. It keeps the path and what was
     * expected, and drops what was found and the cause (whose message may hold the value).
     */
    public static SpecException hideSecret(SpecException fault) {
        String problem = fault.problem();
        int found = problem.indexOf(", found ");
        String expected = problem.startsWith("expected ") && found > 0 ? problem.substring(0, found) + ", found another value"
                : "the value does not read";
        return new SpecException(fault.path(), expected + " (the setting is secret: its value is not shown).", null, null);
    }

    // ---- errors ----

    private static long integral(JsonParser parser, long min, long max, String expected) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(parser, expected);
        }
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw outOfRange(parser, expected);
        }
        long value = parser.getLongValue();
        if (value < min || value > max) {
            throw outOfRange(parser, expected);
        }
        return value;
    }

    private static SpecException outOfRange(JsonParser parser, String expected) throws IOException {
        return new SpecException(SpecPaths.of(parser),
                "expected " + expected + ", found " + Excerpt.of(parser.getText()) + " (out of range).");
    }

    /** The error for a value of the wrong JSON type at the parser's current token. */
    static SpecException wrongType(JsonParser parser, String expected) throws IOException {
        return new SpecException(SpecPaths.of(parser), "expected " + expected + ", found " + describe(parser) + ".");
    }

    private static String describe(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case VALUE_STRING:
                return "the string \"" + Excerpt.of(parser.getText()) + "\"";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "the number " + Excerpt.of(parser.getText());
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

    // ---- collection elements ----

    /** A scalar element type of the table ({@link SpecValueType}); one class for all of them, switching on the row. */
    private static final class Scalar<T> implements Element<T> {
        private final SpecValueType type;

        Scalar(SpecValueType type) {
            this.type = type;
        }

        @Override
        @SuppressWarnings("unchecked") // each constant's type parameter is its row's value type
        public T read(JsonParser parser) throws IOException {
            switch (type) {
                case STRING:
                    return (T) readString(parser);
                case BOOLEAN:
                    return (T) readNullableBoolean(parser);
                case BYTE:
                    return (T) readNullableByte(parser);
                case SHORT:
                    return (T) readNullableShort(parser);
                case INT:
                    return (T) readNullableInt(parser);
                case LONG:
                    return (T) readNullableLong(parser);
                case FLOAT:
                    return (T) readNullableFloat(parser);
                case DOUBLE:
                    return (T) readNullableDouble(parser);
                case CHAR:
                    return (T) readNullableChar(parser);
                case ANY:
                    return (T) readAny(parser);
                default:
                    return (T) readTime(parser, type);
            }
        }

        @Override
        public void write(JsonGenerator generator, T value) throws IOException {
            switch (type) {
                case STRING:
                    generator.writeString((String) value);
                    break;
                case BOOLEAN:
                    generator.writeBoolean((Boolean) value);
                    break;
                case BYTE:
                case SHORT:
                case INT:
                case LONG:
                    generator.writeNumber(((Number) value).longValue());
                    break;
                case FLOAT:
                    writeFloat(generator, (Float) value);
                    break;
                case DOUBLE:
                    generator.writeNumber((Double) value);
                    break;
                case CHAR:
                    writeChar(generator, (Character) value);
                    break;
                case DURATION:
                    writeDuration(generator, (Duration) value);
                    break;
                case ANY:
                    writeAny(generator, value);
                    break;
                default:
                    writeTime(generator, (TemporalAccessor) value);
            }
        }
    }

    private static final class EnumElement<E extends Enum<E>> implements Element<E> {
        private final E[] constants;

        EnumElement(E[] constants) {
            this.constants = constants;
        }

        @Override
        public E read(JsonParser parser) throws IOException {
            return readEnum(parser, constants);
        }

        @Override
        public void write(JsonGenerator generator, E value) throws IOException {
            writeEnum(generator, value);
        }
    }

    private static final class ArrayElement<T, C extends java.util.Collection<T>> implements Element<C> {
        private final Element<T> element;
        private final boolean set;

        ArrayElement(Element<T> element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        @SuppressWarnings("unchecked") // C is List<T> or Set<T>, as set says (see listElement, setElement)
        public C read(JsonParser parser) throws IOException {
            return (C) (set ? readSet(parser, element) : readList(parser, element));
        }

        @Override
        public void write(JsonGenerator generator, C value) throws IOException {
            writeList(generator, value, element);
        }
    }

    private static final class MapElement<V> implements Element<Map<String, V>> {
        private final Element<V> value;

        MapElement(Element<V> value) {
            this.value = value;
        }

        @Override
        public Map<String, V> read(JsonParser parser) throws IOException {
            return readMap(parser, value);
        }

        @Override
        public void write(JsonGenerator generator, Map<String, V> map) throws IOException {
            writeMap(generator, map, value);
        }
    }
}
