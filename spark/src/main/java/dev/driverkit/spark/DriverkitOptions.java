package dev.driverkit.spark;

import dev.driverkit.spec.SpecException;
import dev.driverkit.spec.SpecJson;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.catalyst.util.CaseInsensitiveMap;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The options of one use of the data source, sorted: the {@code kind}, a whole {@code spec} JSON, the
 * write request's {@code key_columns} and {@code timestamp_key}, the columns of {@code partitionBy}, and
 * the rest, which are fields of the driver's spec ({@link SpecBuilder} types and checks them).
 *
 * <p>Spark hands options over with their keys lower-cased ({@code parseDates} arrives as
 * {@code parsedates}); keys are therefore compared by {@link #normalize}: case, {@code _} and {@code -}
 * aside.
 */
final class DriverkitOptions {
    static final String KIND = "kind";
    static final String SPEC = "spec";
    static final String KEY_COLUMNS = "key_columns";
    static final String TIMESTAMP_KEY = "timestamp_key";
    /** The options only the data source reads, never a driver. */
    static final List<String> RESERVED = List.of(KIND, SPEC, KEY_COLUMNS, TIMESTAMP_KEY);
    /** Where Spark passes {@code df.write.partitionBy(...)} to a V1 source (DataSourceUtils.PARTITIONING_COLUMNS_KEY). */
    static final String SPARK_PARTITION_COLUMNS = "__partition_columns";
    /** Where Spark passes {@code load(path1, path2, ...)}. */
    static final String SPARK_PATHS = "paths";

    private final String kind;
    private final String spec;
    private final List<String> keyColumns;
    private final String timestampKey;
    private final List<String> partitionColumns;
    private final Map<String, String> fields;

    private DriverkitOptions(String kind, String spec, List<String> keyColumns, String timestampKey,
            List<String> partitionColumns, Map<String, String> fields) {
        this.kind = kind;
        this.spec = spec;
        this.keyColumns = keyColumns;
        this.timestampKey = timestampKey;
        this.partitionColumns = partitionColumns;
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** Spark's options, with the keys as the user wrote them where Spark kept them ({@link CaseInsensitiveMap}). */
    static DriverkitOptions of(scala.collection.Map<String, String> options) {
        scala.collection.Map<String, String> original = options instanceof CaseInsensitiveMap<?> insensitive
                ? castOriginal(insensitive) : options;
        return of(CollectionConverters.asJava(original));
    }

    @SuppressWarnings("unchecked")
    private static scala.collection.Map<String, String> castOriginal(CaseInsensitiveMap<?> insensitive) {
        return (scala.collection.Map<String, String>) insensitive.originalMap();
    }

    static DriverkitOptions of(Map<String, String> options) {
        String kind = null;
        String spec = null;
        List<String> keyColumns = List.of();
        String timestampKey = null;
        List<String> partitionColumns = List.of();
        Map<String, String> fields = new LinkedHashMap<>();
        for (Map.Entry<String, String> option : options.entrySet()) {
            String key = option.getKey();
            String value = option.getValue();
            if (key.equals(SPARK_PARTITION_COLUMNS)) {
                partitionColumns = JsonText.strings(value, "partitionBy columns");
            } else if (key.equalsIgnoreCase(SPARK_PATHS)) {
                List<String> paths = JsonText.strings(value, "paths");
                if (paths.size() > 1) {
                    throw new IllegalArgumentException("A driverkit driver reads one path, not " + paths.size() + " ("
                            + paths + "): give one to load(path), or a folder that holds them.");
                }
                if (paths.size() == 1) {
                    fields.put("path", paths.get(0));
                }
            } else if (is(key, KIND)) {
                kind = value;
            } else if (is(key, SPEC)) {
                spec = value;
            } else if (is(key, KEY_COLUMNS)) {
                keyColumns = Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
            } else if (is(key, TIMESTAMP_KEY)) {
                timestampKey = value.isBlank() ? null : value.trim();
            } else {
                fields.put(key, value);
            }
        }
        if (kind == null && spec != null) {
            try {
                kind = SpecJson.readKind(spec);
            } catch (SpecException e) {
                throw new IllegalArgumentException("The \"spec\" option is not a driver spec: " + e.getMessage(), e);
            }
        } else if (kind != null && spec != null) {
            String specKind = kindOf(spec);
            if (specKind != null && !specKind.equals(kind)) {
                throw new IllegalArgumentException("The \"kind\" option ('" + kind + "') and the \"spec\" option's kind ('"
                        + specKind + "') differ: give one of them.");
            }
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("Name the driver: .option(\"kind\", \"csv\") (SQL: OPTIONS (kind 'csv')),"
                    + " or give its whole spec JSON with .option(\"spec\", ...).");
        }
        return new DriverkitOptions(kind.trim(), spec, keyColumns, timestampKey, partitionColumns, fields);
    }

    private static String kindOf(String spec) {
        try {
            return SpecJson.readKind(spec);
        } catch (SpecException e) {
            return null; // a spec without "kind" takes the option's; a malformed one fails when it is read
        }
    }

    /** Whether an option key stands for {@code name}: case, {@code _} and {@code -} aside. */
    static boolean is(String key, String name) {
        return normalize(key).equals(normalize(name));
    }

    /** {@code parse_dates}, {@code parseDates} and {@code parsedates} all become {@code parsedates}. */
    static String normalize(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c != '_' && c != '-') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    String kind() {
        return kind;
    }

    /** The whole spec JSON the user gave, or null. */
    String spec() {
        return spec;
    }

    List<String> keyColumns() {
        return keyColumns;
    }

    String timestampKey() {
        return timestampKey;
    }

    /** The columns of {@code df.write.partitionBy(...)}, empty when none. */
    List<String> partitionColumns() {
        return partitionColumns;
    }

    /** The options that are spec fields, by the key the user gave, in order. */
    Map<String, String> fields() {
        return fields;
    }
}
