package dev.driverkit.examples.parquet;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder layout of a {@link ParquetTarget}: MLRun's partitioning rules, shared by the Spark and
 * STOREY writers so that both write the same Hive-style layout into one folder.
 *
 * <ul>
 *   <li>{@code partitioned} unset means "partitioned when any partitioning setting is given"
 *       ({@code partition_cols} or {@code time_partitioning_granularity}), as MLRun's ParquetTarget
 *       constructor decides; {@code partitioned: false} turns partitioning off.</li>
 *   <li>Time partitions: {@code year}, {@code month}, {@code day}, {@code hour}, {@code minute},
 *       {@code second}, down to {@code time_partitioning_granularity}; a partitioned target with neither
 *       granularity nor {@code partition_cols} is partitioned down to the hour (MLRun's default). The
 *       values come from the timestamp key, as integers ({@code month=1}, as Spark writes them).</li>
 *   <li>Then {@code partition_cols}, in their order: {@code .../year=2024/month=1/category=books/}.
 *       MLRun's Spark writer uses this order; its storey writer puts {@code partition_cols} first.
 *       driverkit uses one order on both engines, so that one folder holds one layout.</li>
 * </ul>
 *
 * @param timeUnits the time partition columns, outermost first (empty when not time-partitioned)
 * @param columns the data columns partitioned by ({@code partition_cols})
 */
record ParquetLayout(List<String> timeUnits, List<String> columns) {
    /** MLRun's legal time units, outermost first. */
    static final List<String> TIME_UNITS = List.of("year", "month", "day", "hour", "minute", "second");
    static final String DEFAULT_GRANULARITY = "hour";

    static final ParquetLayout FLAT = new ParquetLayout(List.of(), List.of());

    /**
     * The layout of {@code target}.
     *
     * @param hasTimestamp whether the write has a timestamp to partition by: without one, the default
     *     hourly partitioning is skipped (as in MLRun) and an explicit granularity is an error
     */
    static ParquetLayout of(ParquetTarget target, boolean hasTimestamp) {
        String what = target.describe();
        if (target.getKeyBucketingNumber() != null) {
            throw new UnsupportedOperationException(what + ": key_bucketing_number is not supported by driverkit's"
                    + " parquet target (MLRun's Spark writer ignores it too); remove it from the spec or partition by"
                    + " partition_cols.");
        }
        String granularity = target.getTimePartitioningGranularity();
        if (granularity != null && !TIME_UNITS.contains(granularity)) {
            throw new IllegalArgumentException(what + ": time_partitioning_granularity must be one of "
                    + String.join(", ", TIME_UNITS) + ", not '" + granularity + "'.");
        }
        List<String> columns = target.getPartitionCols() == null ? List.of() : List.copyOf(target.getPartitionCols());
        boolean partitioned = target.getPartitioned() != null ? target.getPartitioned()
                : !columns.isEmpty() || granularity != null;
        if (!partitioned) {
            return FLAT;
        }
        if (granularity != null && !hasTimestamp) {
            throw new IllegalArgumentException(what + ": time_partitioning_granularity '" + granularity + "' needs a"
                    + " timestamp: set the request's timestamp key.");
        }
        if (granularity == null && columns.isEmpty() && hasTimestamp) {
            granularity = DEFAULT_GRANULARITY;
        }
        List<String> units = new ArrayList<>();
        if (granularity != null) {
            for (String unit : TIME_UNITS) {
                units.add(unit);
                if (unit.equals(granularity)) {
                    break;
                }
            }
        }
        for (String column : columns) {
            if (TIME_UNITS.contains(column) && units.contains(column)) {
                throw new IllegalArgumentException(what + ": partition_cols " + columns + " repeat the time partition '"
                        + column + "'.");
            }
        }
        ParquetLayout layout = new ParquetLayout(List.copyOf(units), columns);
        if (!layout.isFlat() && target.isSingleFile()) {
            throw new IllegalArgumentException(what + " is partitioned by " + layout.partitionBy() + ", so its path must"
                    + " be a folder, not the file " + target.getPath() + " (MLRun's rule too).");
        }
        return layout;
    }

    boolean isFlat() {
        return timeUnits.isEmpty() && columns.isEmpty();
    }

    /** Every partition column, outermost first: the time units, then {@code partition_cols}. */
    List<String> partitionBy() {
        List<String> all = new ArrayList<>(timeUnits);
        all.addAll(columns);
        return all;
    }

    /** The value of a time unit for a (UTC) time, as Spark's year()/month()/dayofmonth()/... give it. */
    static int timeUnit(String unit, LocalDateTime time) {
        return switch (unit) {
            case "year" -> time.getYear();
            case "month" -> time.getMonthValue();
            case "day" -> time.getDayOfMonth();
            case "hour" -> time.getHour();
            case "minute" -> time.getMinute();
            case "second" -> time.getSecond();
            default -> throw new IllegalArgumentException("not a time unit: " + unit);
        };
    }

    /** A Hive partition folder name, {@code column=value}, escaped as Spark escapes it. */
    static String folder(String column, Object value) {
        return escape(column) + "=" + (value == null ? "__HIVE_DEFAULT_PARTITION__" : escape(String.valueOf(value)));
    }

    /** Spark's ExternalCatalogUtils.escapePathName: the characters a path segment cannot hold, as %XX. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c == 0x7F || "\"#%'*/:=?\\{[]^".indexOf(c) >= 0) {
                out.append('%').append(String.format("%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
