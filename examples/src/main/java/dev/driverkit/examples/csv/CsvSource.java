package dev.driverkit.examples.csv;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

/**
 * A CSV file as a source, MLRun's {@code CSVSource} ({@code kind: "csv"}), on all three engines.
 *
 * <p>Spec attributes, as MLRun's CSVSource keeps them in {@code "attributes"}:
 * <ul>
 *   <li>{@code parse_dates}: columns read as date-times (the {@code time_field} always is);</li>
 *   <li>{@code header}: whether the first record names the columns (default true; without a header
 *       the columns are named {@code _c0, _c1, ...} on every engine, as Spark names them);</li>
 *   <li>{@code delimiter}: the field separator (default {@code ','}).</li>
 * </ul>
 * Unset attributes are left out of the spec JSON, so an MLRun spec reads and writes back unchanged.
 *
 * <p>Types: PANDAS and STOREY infer each column's type from the whole file, as pandas and Spark's
 * {@code inferSchema} do: integers as {@code Long}, other numbers as {@code Double}, {@code true}/{@code false}
 * as {@code Boolean}, the rest as {@code String}; date-time columns as {@code LocalDateTime} (a value with
 * an offset is converted to UTC; MLRun treats naive times as UTC). Empty fields are null. SPARK uses
 * Spark's own CSV reader with {@code inferSchema}.
 *
 * <p>PANDAS and STOREY read local files (a plain path or a {@code file:} URI); SPARK reads anything
 * its file systems do. Each engine's code sits in its own class, so running on one engine never loads
 * another engine's library.
 */
@SourceDriver(kind = "csv", supports = {Engine.PANDAS, Engine.STOREY, Engine.SPARK})
public class CsvSource extends BaseSourceDriver {
    /** Columns to read as date-times. */
    @Spec List<String> parseDates;
    /** Whether the first record is a header; null means true. */
    @Spec Boolean header;
    /** The field separator; null means ','. */
    @Spec Character delimiter;

    public CsvSource() {}

    /** A csv source for {@code path}, named {@code name}. */
    public static CsvSource of(String name, String path) {
        CsvSource source = new CsvSource();
        source.setName(name);
        source.setPath(path);
        return source;
    }

    // ---- settings ----

    public List<String> getParseDates() {
        return parseDates == null ? List.of() : parseDates;
    }

    public CsvSource setParseDates(List<String> columns) {
        this.parseDates = columns == null ? null : List.copyOf(columns);
        return this;
    }

    public boolean hasHeader() {
        return header == null || header;
    }

    public CsvSource setHeader(Boolean header) {
        this.header = header;
        return this;
    }

    public char getDelimiter() {
        return delimiter == null ? ',' : delimiter;
    }

    public CsvSource setDelimiter(Character delimiter) {
        this.delimiter = delimiter;
        return this;
    }

    // ---- PANDAS ----

    /** The file as a DFLib frame: the requested columns, rows with {@code start < time <= end}. */
    public DataFrame toDataframe(ReadRequest request) {
        return CsvFrames.read(this, request);
    }

    // ---- STOREY ----

    /**
     * The file as a cold stream of events, one per row, keyed by the key field and timed by the time
     * field (each from the request, else from the spec). The file is checked and its column types
     * inferred here; each subscriber then reads it anew, at the pace it requests.
     */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        Path file = localFile();
        CsvSchema schema = CsvSchema.infer(file, this, timeField);
        schema.requireColumn(keyField, "key field");
        schema.requireColumn(timeField, "time field");
        return new CsvEventPublisher(file, schema, getDelimiter(), keyField, timeField);
    }

    // ---- SPARK ----

    /**
     * Options for Spark's {@code DataFrameReader}, {@code format} among them: MLRun's get_spark_options
     * ({@code path}, {@code format}, {@code header}, {@code inferSchema}) plus {@code sep} and
     * {@code escape}, so that Spark parses the file as the other engines do.
     */
    public Map<String, String> getSparkOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (getPath() != null) {
            options.put("path", getPath());
        }
        options.put("format", "csv");
        options.put("header", String.valueOf(hasHeader()));
        options.put("inferSchema", "true");
        options.put("sep", String.valueOf(getDelimiter()));
        // RFC 4180 (and pandas, and the other two engines): a quote inside a quoted field is doubled.
        // Spark's default escape is a backslash, which would read "say ""hi""" as-is.
        options.put("escape", "\"");
        return options;
    }

    /** The file read by Spark's CSV reader: the requested columns, rows with {@code start < time <= end}. */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        return CsvSpark.read(this, session, request);
    }

    // ---- shared ----

    /** The time field a read request applies its range to: the request's, else the spec's. */
    String timeFieldFor(ReadRequest request) {
        return request.timeField() != null ? request.timeField() : getTimeField();
    }

    /** Checks what no engine can honour, before reading anything. */
    void checkRequest(ReadRequest request) {
        if (!request.additionalFilters().isEmpty()) {
            throw new UnsupportedOperationException(describe() + " does not support additional_filters "
                    + request.additionalFilters() + " (MLRun's CSVSource ignores them with a warning; driverkit's"
                    + " refuses rather than return unfiltered rows). Filter the result instead.");
        }
        if ((request.startTime() != null || request.endTime() != null) && timeFieldFor(request) == null) {
            throw new IllegalArgumentException(describe() + " was asked for a time range but has no time field:"
                    + " set time_field in the spec or timeField in the request.");
        }
    }

    /** The local file this source reads on PANDAS and STOREY; it must exist. */
    Path localFile() {
        String path = getPath();
        if (path == null || path.isBlank()) {
            throw new IllegalStateException(describe() + " has no path: set \"path\" in the spec.");
        }
        Path file;
        if (path.startsWith("file:")) {
            file = Path.of(URI.create(path));
        } else if (path.matches("^[A-Za-z][A-Za-z0-9+.-]+://.*")) {
            throw new IllegalArgumentException(describe() + " reads local files on PANDAS and STOREY, not " + path
                    + "; read it on SPARK, or copy it to a local path.");
        } else {
            file = Path.of(path);
        }
        if (!Files.isRegularFile(file)) {
            throw new UncheckedIOException(describe() + ": file not found: " + file.toAbsolutePath(),
                    new NoSuchFileException(file.toAbsolutePath().toString()));
        }
        return file;
    }

    /** "csv source 'name'", for messages. */
    String describe() {
        return "csv source" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
