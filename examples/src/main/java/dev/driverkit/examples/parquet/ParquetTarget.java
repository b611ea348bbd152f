package dev.driverkit.examples.parquet;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.DataFrame;

/**
 * Parquet files as an offline target, MLRun's {@code ParquetTarget} ({@code kind: "parquet"}):
 * written on Spark or from a STOREY event stream, appended to or overwritten, partitioned by time and
 * by columns as MLRun partitions them (see {@link ParquetLayout}), and read back with {@link #asDf}.
 *
 * <ul>
 *   <li>SPARK: {@link #getSparkOptions} and {@link #prepareSparkDf} as MLRun's, and
 *       {@link #writeSparkDf}, the writer: Spark's parquet writer into a staging folder beside the
 *       target, published by renames when the job has succeeded.</li>
 *   <li>STOREY: {@link #addWriterStep} returns a {@link ParquetEventWriter} that batches events
 *       ({@code max_events}, default 10,000, and {@code flush_after_seconds}, default 900) into parquet
 *       files, through DuckDB: no Spark.</li>
 *   <li>{@link #asDf}: the written data as a DFLib frame, through DuckDB (needs DFLib and
 *       {@code org.duckdb:duckdb_jdbc} at run time, not Spark).</li>
 * </ul>
 *
 * <p>Nothing half-written is visible: a failed Spark job or a failed batch leaves the target as it was.
 * Spark writes need a folder path; the STOREY writer also writes one file (a path ending in
 * {@code .parquet} or {@code .pq}), rewriting it whole (atomically) at each flush.
 *
 * <p>Spec attribute: {@code compression} (snappy, gzip, zstd, lz4, none/uncompressed; default snappy).
 */
@TargetDriver(kind = "parquet", supports = {Engine.SPARK, Engine.STOREY}, offline = true, append = true,
        queryable = true)
public class ParquetTarget extends BaseStoreTarget {
    /** MLRun's storey defaults, used when the spec leaves max_events / flush_after_seconds unset. */
    public static final int DEFAULT_MAX_EVENTS = 10_000;
    public static final int DEFAULT_FLUSH_AFTER_SECONDS = 900;

    /** The parquet compression codec; null means snappy (Spark's and DuckDB's default). */
    @Spec String compression;

    public ParquetTarget() {}

    /** A parquet target at {@code path} (a folder, or one {@code .parquet} file), named {@code name}. */
    public static ParquetTarget of(String name, String path) {
        ParquetTarget target = new ParquetTarget();
        target.setName(name);
        target.setPath(path);
        return target;
    }

    public String getCompression() {
        return compression;
    }

    public ParquetTarget setCompression(String compression) {
        this.compression = compression;
        return this;
    }

    /** Whether the path names one file rather than a folder: it ends with .parquet or .pq (MLRun's rule). */
    public boolean isSingleFile() {
        return ParquetFiles.isSingleFile(getPath());
    }

    // ---- SPARK ----

    /**
     * MLRun's write options: {@code path}, {@code format}, and {@code partitionBy} when partitioned (the
     * columns comma-separated, outermost first: MLRun passes a list), plus {@code mode}
     * ({@code overwrite} or {@code append}, from the request) and {@code compression} when set.
     * {@link #writeSparkDf} applies them; another writer applies them as
     * {@code df.write().format(format).partitionBy(partitionBy.split(",")).mode(mode).options(rest).save(path)}.
     */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        ParquetLayout layout = ParquetLayout.of(this, request.timestampKey() != null);
        Map<String, String> options = new LinkedHashMap<>();
        if (getPath() != null) {
            options.put("path", getPath());
        }
        options.put("format", "parquet");
        if (!layout.isFlat()) {
            options.put("partitionBy", String.join(",", layout.partitionBy()));
        }
        options.put("mode", request.overwrite() ? "overwrite" : "append");
        if (compression != null) {
            options.put("compression", sparkCompression());
        }
        return options;
    }

    /**
     * The frame shaped for writing: the time partition columns added from the timestamp key
     * ({@code year(ts)}, {@code month(ts)}, {@code dayofmonth(ts)}, ... in the session's time zone) where
     * the frame does not have them, as MLRun's prepare_spark_df does.
     */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return ParquetSparkWriter.prepare(this, df, request);
    }

    /**
     * Writes {@code df} to the target with Spark: {@link #prepareSparkDf}, then Spark's parquet writer
     * with {@link #getSparkOptions} into a staging folder beside the target; only when the job has
     * succeeded is the output moved into place (overwrite: the target folder is swapped for the new one;
     * append: the new files are moved in). A failed job leaves the target as it was.
     */
    public void writeSparkDf(Dataset<Row> df, WriteRequest request) {
        ParquetSparkWriter.write(this, df, request);
    }

    // ---- STOREY ----

    /**
     * A subscriber that writes the stream's events to parquet files in batches of {@code max_events}
     * (and after {@code flush_after_seconds}), and the rest when the stream completes; its
     * {@code completion()} tells when the files are in place.
     */
    public StoreyWriter addWriterStep(WriterStepRequest request) {
        return new ParquetEventWriter(this, request);
    }

    // ---- queries ----

    /**
     * The written data as a DFLib frame, read through DuckDB: the requested columns (all but the time
     * partition columns when none are named, as MLRun's as_df), rows with
     * {@code start < timeField <= end} (the request's time field: MLRun's time_column) and passing its
     * additional filters.
     */
    public DataFrame asDf(ReadRequest request) {
        if ((request.startTime() != null || request.endTime() != null) && request.timeField() == null) {
            throw new IllegalArgumentException(describe() + " was asked for a time range without a time column:"
                    + " set timeField in the request.");
        }
        List<ParquetFilter> filters = ParquetFilter.parse(request.additionalFilters(),
                describe() + " request additionalFilters");
        List<String> hidden = ParquetLayout.TIME_UNITS;
        ParquetFrames.Query query = new ParquetFrames.Query(request.columns(), request.timeField(), request.startTime(),
                request.endTime(), filters, hidden);
        return ParquetFrames.read(describe(), ParquetFiles.existing(describe(), getPath(), "in asDf (DuckDB)"), query);
    }

    // ---- shared ----

    int maxEvents() {
        return getMaxEvents() != null && getMaxEvents() > 0 ? getMaxEvents() : DEFAULT_MAX_EVENTS;
    }

    int flushAfterSeconds() {
        return getFlushAfterSeconds() != null ? getFlushAfterSeconds() : DEFAULT_FLUSH_AFTER_SECONDS;
    }

    String sparkCompression() {
        String codec = compression == null ? "snappy" : compression.toLowerCase(java.util.Locale.ROOT);
        return switch (codec) {
            case "none", "uncompressed" -> "none";
            case "snappy", "gzip", "zstd", "lz4" -> codec;
            default -> throw new IllegalArgumentException(describe() + ": compression must be one of snappy, gzip, zstd,"
                    + " lz4, none, not '" + compression + "'.");
        };
    }

    /** The codec's name in DuckDB's COPY statement. */
    String duckDbCompression() {
        String codec = sparkCompression();
        return codec.equals("none") ? "uncompressed" : codec;
    }

    /** "parquet target 'name'", for messages. */
    String describe() {
        return "parquet target" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
