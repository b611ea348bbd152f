package dev.driverkit.examples.sqldb;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

/**
 * A table or a query of an SQL database as a source, MLRun's {@code SQLSource} ({@code kind: "sqldb"}),
 * read through JDBC on all three engines.
 *
 * <p>Spec attributes, with MLRun's keys, so a spec that MLRun wrote loads unchanged:
 * <ul>
 *   <li>{@code db_path}: the database, as a JDBC URL ({@code jdbc:postgresql://host:5432/db}) or as the
 *       SQLAlchemy URL MLRun keeps there ({@code postgresql://user:password@host:5432/db}; postgresql,
 *       mysql, mariadb, mssql and sqlite are translated to their JDBC URLs). MLRun's constructor argument
 *       is {@code db_url}; unset, the {@code MLRUN_SQL__URL} environment variable is used, as in MLRun;</li>
 *   <li>{@code table_name}: the table (or view) to read, schema-qualified if need be;</li>
 *   <li>{@code query}: a SELECT to read instead of a table (MLRun's earlier SQLSource read it; it wins over
 *       {@code table_name});</li>
 *   <li>{@code chunksize}: rows per chunk; set, the source is an iterator ({@link #isIterator()}, as MLRun's
 *       {@code is_iterator}) and PANDAS yields frames of at most this many rows; it is also the JDBC fetch
 *       size on every engine;</li>
 *   <li>{@code parse_dates}: columns read as date-times (text is parsed); MLRun before 1.6 called it
 *       {@code time_fields}, which is still read;</li>
 *   <li>{@code spark_options}: further options for Spark's JDBC reader (string values).</li>
 * </ul>
 * The time range is {@code start < time_field <= end}, from the request, else from the spec's
 * {@code start_time} / {@code end_time} (as MLRun's {@code to_dataframe} and {@code to_step} do); it is
 * applied in the database ({@code WHERE}), as are the requested columns.
 *
 * <p>What a user adds at run time: the database's JDBC driver on the class path, e.g.
 * {@code org.postgresql:postgresql} for PostgreSQL (and on Spark, on the driver's and executors' class
 * path: {@code --packages} or {@code --jars}). driverkit itself uses only {@code java.sql}.
 *
 * <p>Errors: an unknown table or column is an {@link IllegalArgumentException} naming it and listing
 * what exists; a database that cannot be reached or refuses the query is a {@link SqlSourceException}
 * naming the URL, with the password masked.
 *
 * <p>Differences from MLRun: MLRun's SQLSource has no Spark support; this one reads through Spark's
 * JDBC reader. {@code additional_filters} are refused, as by the csv source.
 */
@SourceDriver(kind = "sqldb", supports = {Engine.PANDAS, Engine.SPARK, Engine.STOREY}, iterator = true)
public class SqlSource extends BaseSourceDriver {
    /** The database URL: JDBC, or SQLAlchemy as MLRun writes it. MLRun's key is db_path (argument db_url). */
    @Spec(name = "db_path") String dbUrl;
    /** The table to read. */
    @Spec String tableName;
    /** A query to read instead of a table. */
    @Spec String query;
    /** Rows per chunk; set means the source is an iterator. */
    @Spec Integer chunksize;
    /** Columns read as date-times (formerly time_fields). */
    @Spec(aliases = "time_fields") List<String> parseDates;
    /** Further options for Spark's JDBC reader (any JSON values; Spark takes them as text). */
    @Spec Map<String, Object> sparkOptions;

    public SqlSource() {}

    /** A source that reads {@code table} of the database at {@code dbUrl}. */
    public static SqlSource ofTable(String name, String dbUrl, String table) {
        SqlSource source = new SqlSource();
        source.setName(name);
        source.setDbUrl(dbUrl);
        source.setTableName(table);
        return source;
    }

    /** A source that reads the result of {@code query} on the database at {@code dbUrl}. */
    public static SqlSource ofQuery(String name, String dbUrl, String query) {
        SqlSource source = new SqlSource();
        source.setName(name);
        source.setDbUrl(dbUrl);
        source.setQuery(query);
        return source;
    }

    // ---- settings ----

    public String getDbUrl() {
        return dbUrl;
    }

    public SqlSource setDbUrl(String dbUrl) {
        this.dbUrl = dbUrl;
        return this;
    }

    public String getTableName() {
        return tableName;
    }

    public SqlSource setTableName(String tableName) {
        this.tableName = tableName;
        return this;
    }

    public String getQuery() {
        return query;
    }

    public SqlSource setQuery(String query) {
        this.query = query;
        return this;
    }

    public Integer getChunksize() {
        return chunksize;
    }

    public SqlSource setChunksize(Integer chunksize) {
        if (chunksize != null && chunksize < 0) {
            throw new IllegalArgumentException("chunksize must be positive, not " + chunksize);
        }
        this.chunksize = chunksize;
        return this;
    }

    public List<String> getParseDates() {
        return parseDates == null ? List.of() : parseDates;
    }

    public SqlSource setParseDates(List<String> columns) {
        this.parseDates = columns == null ? null : List.copyOf(columns);
        return this;
    }

    /** The spec's {@code spark_options} as Spark takes them: text values ({@code 1000} becomes {@code "1000"}). */
    public Map<String, String> getAdditionalSparkOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (sparkOptions != null) {
            sparkOptions.forEach((key, value) -> options.put(key, String.valueOf(value)));
        }
        return options;
    }

    public SqlSource setAdditionalSparkOptions(Map<String, String> options) {
        this.sparkOptions = options == null ? null : new LinkedHashMap<>(options);
        return this;
    }

    /** Whether {@link #toDataframe} yields chunks of {@code chunksize} rows (MLRun: {@code bool(chunksize)}). */
    public boolean isIterator() {
        return chunksize != null && chunksize > 0;
    }

    // ---- PANDAS ----

    /**
     * The rows as DFLib frames: chunks of {@code chunksize} rows when {@link #isIterator()}, else one frame
     * (the first chunk is there even when no row matches, with the columns). The connection is opened and
     * the columns are checked here; it stays open while the stream is read and is closed when the last
     * chunk has been read, a read fails, or the stream is closed: use try-with-resources.
     */
    public Stream<DataFrame> toDataframe(ReadRequest request) {
        return SqlFrames.read(this, request);
    }

    // ---- STOREY ----

    /**
     * The rows as a cold stream of events, keyed by the key field and timed by the time field (each from
     * the request, else from the spec), within the spec's time range. The database and the columns are
     * checked here; each subscriber then runs the query on its own connection, reads as many rows as it
     * requests, and the connection is closed on completion, failure or cancel.
     */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        Map<String, String> required = new LinkedHashMap<>();
        required.put("key field", keyField);
        required.put("time field", timeField);
        SqlCursor.Selection selection = new SqlCursor.Selection(List.of(), timeField, getStartTime(), getEndTime(), required);
        checkRange(selection);
        SqlCursor.check(this, selection);
        return new SqlEventPublisher(this, selection, keyField, timeField);
    }

    // ---- SPARK ----

    /**
     * Options for Spark's {@code DataFrameReader}: {@code format} jdbc, {@code url}, {@code dbtable} or
     * {@code query}, {@code user} / {@code password} from an SQLAlchemy URL, {@code fetchsize} from
     * chunksize, then {@code spark_options} (which win). The map carries the password: do not log it.
     */
    public Map<String, String> getSparkOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "jdbc");
        SqlUrl url = url();
        options.put("url", url.jdbcUrl());
        url.properties().forEach(options::put);
        if (isTableSource()) {
            options.put("dbtable", fromClause());
        } else {
            options.put("query", stripQuery(query));
        }
        if (isIterator()) {
            options.put("fetchsize", String.valueOf(chunksize));
        }
        options.putAll(getAdditionalSparkOptions());
        return options;
    }

    /** The rows through Spark's JDBC reader: the requested columns, rows with {@code start < time <= end}. */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        return SqlSpark.read(this, session, request);
    }

    // ---- shared ----

    /** The database this source reads. */
    SqlUrl url() {
        return SqlUrl.parse(dbUrl != null ? dbUrl : System.getenv("MLRUN_SQL__URL"), describe());
    }

    boolean isTableSource() {
        return query == null || query.isBlank();
    }

    /** What follows FROM: the table, or the query as a subquery. */
    String fromClause() {
        if (!isTableSource()) {
            return "(" + stripQuery(query) + ") q";
        }
        if (tableName == null || tableName.isBlank()) {
            throw new IllegalStateException(describe() + " has neither a table nor a query: set \"table_name\" or"
                    + " \"query\" in the spec's attributes.");
        }
        return tableName.strip();
    }

    /** "table 'x'" or "the query", for messages. */
    String what() {
        return isTableSource() ? "table '" + tableName + "'" : "the query";
    }

    int fetchSize() {
        return isIterator() ? Math.min(chunksize, 10_000) : 1_000;
    }

    /** The selection a read request makes: its columns and time range (the spec's range where it sets none). */
    SqlCursor.Selection selection(ReadRequest request) {
        if (!request.additionalFilters().isEmpty()) {
            throw new UnsupportedOperationException(describe() + " does not support additional_filters "
                    + request.additionalFilters() + " (MLRun's SQLSource ignores them with a warning; driverkit's"
                    + " refuses rather than return unfiltered rows). Filter the result, or use a query.");
        }
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        LocalDateTime start = request.startTime() != null ? request.startTime() : getStartTime();
        LocalDateTime end = request.endTime() != null ? request.endTime() : getEndTime();
        SqlCursor.Selection selection = new SqlCursor.Selection(request.columns(), timeField, start, end, Map.of());
        checkRange(selection);
        return selection;
    }

    private void checkRange(SqlCursor.Selection selection) {
        if (selection.hasRange() && selection.timeField() == null) {
            throw new IllegalArgumentException(describe() + " was asked for a time range but has no time field:"
                    + " set time_field in the spec or timeField in the request.");
        }
    }

    private static String stripQuery(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** "sqldb source 'name'", for messages. */
    String describe() {
        return "sqldb source" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
