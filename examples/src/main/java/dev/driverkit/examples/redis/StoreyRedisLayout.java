package dev.driverkit.examples.redis;

import dev.driverkit.examples.support.Instants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Storey's Redis layout ({@code storey/redis_driver.py}), which MLRun's online feature service reads: one
 * hash per entity, named {@code {/<table path>/:<entity key>}:static} (the braces keep an entity's keys in
 * one cluster slot), whose fields are the feature names, plus the modification time {@code \u0001_mtime_}
 * (microseconds since the epoch).
 *
 * <p>Values are what storey's write script leaves in the hash: text as it is; {@code true} / {@code false};
 * integers in decimal; a float that is a whole number as an integer ({@code 3.0} is {@code 3}); other floats
 * in Python's {@code repr}; infinities and NaN as {@code inf}, {@code -inf}, {@code nan}; date-times as
 * {@code _dt:} and epoch seconds ({@code _dt:1704067200.5}, naive date-times taken as UTC); durations as
 * {@code _td:} and seconds. A list or map is stored as its JSON text (storey itself cannot write one), a
 * date as its ISO text; bytes are refused. Reading turns values back as storey's
 * {@code convert_redis_value_to_python_obj} does: {@code true}/{@code false} to booleans, numeric text to
 * numbers (Long, else BigInteger, else Double), {@code _dt:} to an {@link Instant}, {@code _td:} to a
 * {@link Duration}, the rest stays text.
 */
public final class StoreyRedisLayout {
    /** The prefix of storey's internal fields, which lookups leave out. */
    public static final String INTERNAL_FIELD_PREFIX = "\u0001";
    /** The field that holds the hash's modification time in microseconds. */
    public static final String MTIME_FIELD = INTERNAL_FIELD_PREFIX + "_mtime_";
    /** MLRun's key prefix for storey's Redis tables. */
    public static final String KEY_PREFIX = "/";

    private static final String DATETIME_PREFIX = "_dt:";
    private static final String TIMEDELTA_PREFIX = "_td:";
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?");
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private StoreyRedisLayout() {}

    // ---- keys ----

    /**
     * The table part of the keys for a target path's table: MLRun strips the path's slashes and adds one
     * at the end ({@code parse_path}); storey splits it into container and table path.
     */
    public static String tablePrefix(String tablePath) {
        String stripped = strip(tablePath);
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("The Redis table path is empty: give one after host:port"
                    + " (redis://host:port/projects/p/fsets/my-set).");
        }
        return "{" + KEY_PREFIX + stripped + "/:";
    }

    /** The hash that holds one entity's features. */
    public static String hashKey(String tablePrefix, String entityKey) {
        return tablePrefix + entityKey + "}:static";
    }

    /**
     * Storey's {@code stringify_key}: one key value as Python's {@code str}; two as {@code a.b}; three or more
     * as the first, a dot and the SHA-1 (hex) of the others' texts joined.
     */
    public static String entityKey(List<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("An entity key needs at least one value.");
        }
        if (values.size() == 1) {
            return pythonStr(values.get(0));
        }
        if (values.size() == 2) {
            return pythonStr(values.get(0)) + "." + pythonStr(values.get(1));
        }
        StringBuilder rest = new StringBuilder();
        for (Object value : values.subList(1, values.size())) {
            rest.append(pythonStr(value));
        }
        return pythonStr(values.get(0)) + "." + sha1(rest.toString());
    }

    /** A key value as Python's {@code str} writes it (what storey puts into hash names). */
    static String pythonStr(Object value) {
        if (value instanceof Boolean bool) {
            return bool ? "True" : "False";
        }
        if (value instanceof Double || value instanceof Float) {
            return pythonFloat(((Number) value).doubleValue());
        }
        if (value instanceof LocalDateTime local) {
            return local.toLocalDate() + " " + local.toLocalTime().withNano(0) + micros(local.getNano());
        }
        return String.valueOf(value);
    }

    private static String micros(int nanos) {
        return nanos / 1000 == 0 ? "" : String.format(Locale.ROOT, ".%06d", nanos / 1000);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-1", e);
        }
    }

    private static String strip(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    // ---- values ----

    /** The modification time storey writes: microseconds since the epoch. */
    public static String mtime(Instant now) {
        return Long.toString(now.getEpochSecond() * 1_000_000L + now.getNano() / 1000);
    }

    /**
     * The hash value of a feature, or null for a null value (the field is then removed: the entity has no
     * value for it any more).
     *
     * @throws IllegalArgumentException for a value storey's layout has no form for (bytes, other objects)
     */
    public static String encode(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        if (value instanceof Boolean bool) {
            return bool ? "true" : "false";
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof Double || value instanceof Float) {
            return encodeFloat(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString() : decimal.toPlainString();
        }
        Instant instant = Instants.of(value);
        if (instant != null) {
            return DATETIME_PREFIX + pythonFloat(seconds(instant.getEpochSecond(), instant.getNano()));
        }
        if (value instanceof Duration duration) {
            return TIMEDELTA_PREFIX + pythonFloat(seconds(duration.getSeconds(), duration.getNano()));
        }
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> || value instanceof Collection<?>) {
            StringBuilder json = new StringBuilder();
            appendJson(json, value);
            return json.toString();
        }
        throw new IllegalArgumentException("a " + value.getClass().getName() + " value, which storey's Redis layout"
                + " cannot hold (it holds text, booleans, numbers, date-times, durations, dates, lists and maps)");
    }

    /** A hash value read back as storey reads it. */
    public static Object decode(String value) {
        if (value == null) {
            return null;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.startsWith(TIMEDELTA_PREFIX)) {
            BigDecimal seconds = new BigDecimal(lower.substring(TIMEDELTA_PREFIX.length()).trim());
            return Duration.ofSeconds(0, seconds.multiply(BILLION).setScale(0, RoundingMode.HALF_EVEN).longValueExact());
        }
        if (lower.startsWith(DATETIME_PREFIX)) {
            BigDecimal seconds = new BigDecimal(lower.substring(DATETIME_PREFIX.length()).trim());
            // Python's float seconds carry microseconds at most: round there, as datetime.fromtimestamp does.
            BigDecimal micros = seconds.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN);
            long whole = micros.divideToIntegralValue(BigDecimal.valueOf(1_000_000)).longValueExact();
            long rest = micros.subtract(BigDecimal.valueOf(whole).movePointRight(6)).longValueExact();
            return Instant.ofEpochSecond(whole, rest * 1000);
        }
        switch (lower) {
            case "inf":
                return Double.POSITIVE_INFINITY;
            case "-inf":
                return Double.NEGATIVE_INFINITY;
            case "nan", "-nan", "0/0", "-0/0":
                return Double.NaN;
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            default:
                break;
        }
        String trimmed = lower.strip();
        if (INTEGER.matcher(trimmed).matches()) {
            BigInteger integer = new BigInteger(trimmed);
            return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
        }
        if (DECIMAL.matcher(trimmed).matches()) {
            return Double.parseDouble(trimmed);
        }
        return value;
    }

    /** Every feature of a hash read with HGETALL, decoded, without storey's internal fields. */
    public static Map<String, Object> decodeHash(Map<String, String> hash) {
        Map<String, Object> features = new LinkedHashMap<>();
        for (Map.Entry<String, String> field : hash.entrySet()) {
            if (!field.getKey().startsWith(INTERNAL_FIELD_PREFIX)) {
                features.put(field.getKey(), decode(field.getValue()));
            }
        }
        return features;
    }

    private static String encodeFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value % 1 == 0) {
            return new BigDecimal(value).toBigInteger().toString(); // int(value), as storey casts whole floats
        }
        return pythonFloat(value);
    }

    private static double seconds(long seconds, int nanos) {
        return BigDecimal.valueOf(seconds).add(BigDecimal.valueOf(nanos, 9)).doubleValue();
    }

    /** A finite double as Python's {@code repr} writes it: {@code 0.1}, {@code 3.0}, {@code 1e-05}, {@code 1.5e+16}. */
    static String pythonFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        int exponent = shortest.precision() - shortest.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            BigDecimal mantissa = shortest.movePointLeft(exponent).stripTrailingZeros();
            String digits = mantissa.scale() <= 0 ? mantissa.toBigInteger().toString() : mantissa.toPlainString();
            return digits + "e" + (exponent < 0 ? "-" : "+") + String.format(Locale.ROOT, "%02d", Math.abs(exponent));
        }
        String plain = shortest.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** JSON as Python's {@code json.dumps} writes it (", " and ": " separators, non-ASCII escaped). */
    private static void appendJson(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                appendString(out, String.valueOf(entry.getKey()));
                out.append(": ");
                appendJson(out, entry.getValue());
                if (entries.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            Iterator<?> items = list.iterator();
            while (items.hasNext()) {
                appendJson(out, items.next());
                if (items.hasNext()) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else if (value instanceof Boolean || value instanceof Byte || value instanceof Short || value instanceof Integer
                || value instanceof Long || value instanceof BigInteger || value instanceof BigDecimal) {
            out.append(value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString());
        } else if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            out.append(Double.isNaN(number) ? "NaN" : Double.isInfinite(number) ? (number > 0 ? "Infinity" : "-Infinity")
                    : pythonFloat(number));
        } else {
            appendString(out, value instanceof String text ? text : encode(value));
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
