package dev.driverkit.examples.csv;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.driverkit.engine.ReadRequest;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The SPARK engine of {@link CsvSource}: Spark's CSV reader with the source's options, then MLRun's
 * {@code to_spark_df} steps: {@code parse_dates} columns cast to timestamps, rows filtered to
 * {@code start < time <= end}, columns selected. Naive times compare in the session's time zone, the
 * zone Spark reads naive CSV timestamps in.
 */
final class CsvSpark {
    private CsvSpark() {}

    static Dataset<Row> read(CsvSource source, SparkSession session, ReadRequest request) {
        source.checkRequest(request);
        Map<String, String> options = new LinkedHashMap<>(source.getSparkOptions());
        String format = options.remove("format");
        String path = options.remove("path");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(source.describe() + " has no path: set \"path\" in the spec.");
        }
        if (!path.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            source.localFile(); // the same clear error as on the other engines
        }
        Dataset<Row> frame = session.read().format(format).options(options).load(path);

        List<String> columns = Arrays.asList(frame.columns());
        for (String column : source.getParseDates()) {
            requireColumn(source, path, column, columns, "parse_dates column");
            frame = frame.withColumn(column, col(column).cast(DataTypes.TimestampType));
        }
        LocalDateTime start = request.startTime();
        LocalDateTime end = request.endTime();
        if (start != null || end != null) {
            String timeField = source.timeFieldFor(request);
            requireColumn(source, path, timeField, columns, "time field");
            Column time = col(timeField).cast(DataTypes.TimestampType);
            if (start != null) {
                frame = frame.filter(time.gt(lit(start)));
            }
            if (end != null) {
                frame = frame.filter(time.leq(lit(end)));
            }
        }
        if (!request.columns().isEmpty()) {
            for (String column : request.columns()) {
                requireColumn(source, path, column, columns, "requested column");
            }
            frame = frame.select(request.columns().stream().map(name -> col(name)).toArray(Column[]::new));
        }
        return frame;
    }

    private static void requireColumn(CsvSource source, String path, String column, List<String> columns, String role) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(source.describe() + ": the " + role + " '" + column
                    + "' is not a column of " + path + "; its columns are " + columns + ".");
        }
    }
}
