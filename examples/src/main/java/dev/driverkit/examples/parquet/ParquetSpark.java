package dev.driverkit.examples.parquet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import dev.driverkit.engine.ReadRequest;
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
 * The SPARK engine of {@link ParquetSource}: Spark's parquet reader with the source's options, then
 * MLRun's {@code to_spark_df} steps: rows filtered to {@code start < time <= end} and by the additional
 * filters, columns selected. Naive times compare in the session's time zone.
 */
final class ParquetSpark {
    private ParquetSpark() {}

    static Dataset<Row> read(ParquetSource source, SparkSession session, ReadRequest request) {
        ParquetFrames.Query query = source.query(request);
        Map<String, String> options = new LinkedHashMap<>(source.getSparkOptions());
        String format = options.remove("format");
        String path = options.remove("path");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(source.describe() + " has no path: set \"path\" in the spec.");
        }
        if (!ParquetFiles.isRemote(path)) {
            ParquetFiles.existing(source.describe(), path, "on SPARK"); // the same clear error as on PANDAS
        }
        Dataset<Row> frame = session.read().format(format).options(options).load(path);
        return select(frame, source.describe(), path, query);
    }

    /** A query's range, filters and columns applied to a frame read from {@code path}. */
    static Dataset<Row> select(Dataset<Row> frame, String what, String path, ParquetFrames.Query query) {
        List<String> columns = Arrays.asList(frame.columns());
        if (query.start() != null || query.end() != null) {
            ParquetFrames.requireColumn(what, path, columns, query.timeField(), "time field");
            Column time = col(query.timeField()).cast(DataTypes.TimestampType);
            if (query.start() != null) {
                frame = frame.filter(time.gt(lit(query.start())));
            }
            if (query.end() != null) {
                frame = frame.filter(time.leq(lit(query.end())));
            }
        }
        for (ParquetFilter filter : query.filters()) {
            ParquetFrames.requireColumn(what, path, columns, filter.column(), "additional_filters column");
            frame = frame.filter(condition(filter));
        }
        if (!query.columns().isEmpty()) {
            for (String column : query.columns()) {
                ParquetFrames.requireColumn(what, path, columns, column, "requested column");
            }
            frame = frame.select(query.columns().stream().map(name -> col(name)).toArray(Column[]::new));
        } else if (!query.hidden().isEmpty()) {
            frame = frame.drop(query.hidden().stream().filter(columns::contains).toArray(String[]::new));
        }
        return frame;
    }

    private static Column condition(ParquetFilter filter) {
        Column column = col(filter.column());
        Object value = filter.value();
        return switch (filter.operator()) {
            case "=" -> column.equalTo(lit(value));
            case "!=" -> column.notEqual(lit(value));
            case "<" -> column.lt(lit(value));
            case "<=" -> column.leq(lit(value));
            case ">" -> column.gt(lit(value));
            case ">=" -> column.geq(lit(value));
            case "in" -> column.isin(filter.values().toArray());
            case "not in" -> not(column.isin(filter.values().toArray()));
            default -> throw new IllegalStateException(filter.operator());
        };
    }
}
