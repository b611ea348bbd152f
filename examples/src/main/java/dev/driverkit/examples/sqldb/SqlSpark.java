package dev.driverkit.examples.sqldb;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.driverkit.engine.ReadRequest;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The SPARK engine of {@link SqlSource}: Spark's JDBC reader with the source's options, then MLRun's
 * {@code to_spark_df} steps: {@code parse_dates} columns cast to timestamps, rows filtered to
 * {@code start < time <= end} (Spark pushes the filter down into the database's query), columns selected.
 * {@code timestamp} columns are read as Spark's {@code TIMESTAMP_NTZ} ({@code preferTimestampNTZ},
 * unless spark_options say otherwise), so naive times stay naive, as on the other engines.
 */
final class SqlSpark {
    /** SQLSTATEs of "no such table": PostgreSQL, ANSI/H2/MySQL, SQL Server's and Oracle's own. */
    private static final Set<String> UNDEFINED_TABLE = Set.of("42P01", "42S02", "42102", "42104", "S0002");

    private SqlSpark() {}

    static Dataset<Row> read(SqlSource source, SparkSession session, ReadRequest request) {
        SqlCursor.Selection selection = source.selection(request);
        SqlUrl url = source.url();
        Map<String, String> options = new LinkedHashMap<>(source.getSparkOptions());
        String format = options.remove("format");
        options.putIfAbsent("preferTimestampNTZ", "true");
        List<String> timeColumns = new ArrayList<>(source.getParseDates());
        Dataset<Row> frame;
        try {
            frame = session.read().format(format).options(options).load();
            if (url.jdbcUrl().startsWith("jdbc:sqlite:") && !options.containsKey("customSchema")) {
                frame = sqliteTimesAsText(session, format, options, frame, timeColumns);
            }
        } catch (Exception e) { // Spark rethrows the driver's checked SQLException undeclared
            throw translate(source, url, e);
        }

        List<String> columns = Arrays.asList(frame.columns());
        for (String column : timeColumns) {
            String name = resolve(source, url, columns, column, "parse_dates column");
            DataType type = frame.schema().apply(name).dataType();
            if (type.equals(DataTypes.StringType) || type.equals(DataTypes.DateType)) {
                // Through Spark's TIMESTAMP: an offset in the text counts; naive text stays as written.
                frame = frame.withColumn(name, col(name).cast(DataTypes.TimestampType).cast(DataTypes.TimestampNTZType));
            }
        }
        if (selection.hasRange()) {
            Column time = col(resolve(source, url, columns, selection.timeField(), "time field"));
            if (selection.start() != null) {
                frame = frame.filter(time.gt(lit(selection.start())));
            }
            if (selection.end() != null) {
                frame = frame.filter(time.leq(lit(selection.end())));
            }
        }
        if (!selection.columns().isEmpty()) {
            Column[] selected = selection.columns().stream()
                    .map(column -> col(resolve(source, url, columns, column, "requested column")))
                    .toArray(Column[]::new);
            frame = frame.select(selected);
        }
        return frame;
    }

    /**
     * SQLite keeps times as text, which its JDBC driver's getTimestamp cannot parse but for one pattern
     * ({@link SqliteTypes#isTime}): the frame again with those columns read as strings (Spark's
     * {@code customSchema}), added to {@code timeColumns} to be cast as parse_dates columns are.
     */
    private static Dataset<Row> sqliteTimesAsText(SparkSession session, String format, Map<String, String> options,
            Dataset<Row> frame, List<String> timeColumns) {
        List<String> asText = new ArrayList<>();
        for (StructField field : frame.schema().fields()) {
            DataType type = field.dataType();
            if (type.equals(DataTypes.TimestampType) || type.equals(DataTypes.TimestampNTZType)
                    || type.equals(DataTypes.DateType)) {
                asText.add("`" + field.name().replace("`", "``") + "` STRING");
                timeColumns.add(field.name());
            }
        }
        if (asText.isEmpty()) {
            return frame;
        }
        Map<String, String> withSchema = new LinkedHashMap<>(options);
        withSchema.put("customSchema", String.join(", ", asText));
        return session.read().format(format).options(withSchema).load();
    }

    private static String resolve(SqlSource source, SqlUrl url, List<String> columns, String column, String role) {
        int index = SqlCursor.indexOf(columns, column);
        if (index < 0) {
            throw new IllegalArgumentException(source.describe() + ": the " + role + " '" + column + "' is not a column of "
                    + source.what() + " in " + url.display() + "; its columns are " + columns + ".");
        }
        return columns.get(index);
    }

    /** The same errors as on the other engines, from what Spark's JDBC reader threw. */
    static RuntimeException translate(SqlSource source, SqlUrl url, Exception error) {
        SQLException sql = null;
        boolean network = false;
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof SQLException e && sql == null) {
                sql = e;
            }
            network |= t instanceof ConnectException || t instanceof UnknownHostException || t instanceof NoRouteToHostException;
        }
        String state = sql == null ? null : sql.getSQLState();
        String said = url.sanitize(sql != null ? sql.getMessage() : String.valueOf(error.getMessage()));
        Throwable cause = url.safeCause(error);
        if (said != null && said.startsWith("No suitable driver")) {
            return new SqlSourceException(source.describe() + ": no JDBC driver on Spark's class path accepts "
                    + url.display() + ". Add the database's JDBC driver (PostgreSQL: org.postgresql:postgresql) to the"
                    + " application's class path, or pass it to spark-submit with --packages or --jars.", state, cause);
        }
        if (network || state != null && state.startsWith("08")) {
            return new SqlSourceException(source.describe() + ": cannot connect to " + url.display() + ": " + said, state, cause);
        }
        if (source.isTableSource() && (state != null && UNDEFINED_TABLE.contains(state)
                || sql != null && UNDEFINED_TABLE.contains(String.valueOf(sql.getErrorCode())))) {
            return new IllegalArgumentException(source.describe() + ": table '" + source.getTableName() + "' not found in "
                    + url.display() + ". (The database said: " + said + ")", cause);
        }
        String query = source.isTableSource() ? "" : " Query: " + source.getQuery();
        return new SqlSourceException(source.describe() + ": Spark could not read " + source.what() + " from "
                + url.display() + ": " + said + query, state, cause);
    }
}
