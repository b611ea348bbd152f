package dev.driverkit.examples.parquet;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.ReadRequest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

/**
 * Parquet files as a source, MLRun's {@code ParquetSource} ({@code kind: "parquet"}): one file, or a
 * folder of files as Spark and the parquet target write them (Hive partition folders become columns).
 *
 * <ul>
 *   <li>SPARK: Spark's parquet reader with {@link #getSparkOptions()}; reads anything Spark's file
 *       systems do.</li>
 *   <li>PANDAS: a DFLib frame read through DuckDB's JDBC driver ({@code org.duckdb:duckdb_jdbc}, needed
 *       at run time only for this engine): no Spark, no Hadoop; local files only.</li>
 * </ul>
 *
 * <p>Both engines honour the requested columns, the time range {@code start < time_field <= end} and
 * MLRun's {@code additional_filters}. As in MLRun, the range is the request's, else the spec's
 * {@code start_time} / {@code end_time}; the time field is the request's, else the spec's. The filters
 * are the spec's {@code attributes.additional_filters} (MLRun's place for them) followed by the
 * request's.
 *
 * <p>MLRun's parquet source also streams on storey; this one does not declare STOREY.
 */
@SourceDriver(kind = "parquet", supports = {Engine.SPARK, Engine.PANDAS})
public class ParquetSource extends BaseSourceDriver {
    /** MLRun's {@code additional_filters}: {@code [column, operator, value]} triples of JSON values. */
    @Spec List<List<Object>> additionalFilters;

    public ParquetSource() {}

    /** A parquet source for {@code path} (a file or a folder), named {@code name}. */
    public static ParquetSource of(String name, String path) {
        ParquetSource source = new ParquetSource();
        source.setName(name);
        source.setPath(path);
        return source;
    }

    /** The spec's {@code additional_filters}: {@code [column, operator, value]} triples; empty when unset. */
    public List<List<Object>> getAdditionalFilters() {
        return additionalFilters == null ? List.of() : additionalFilters;
    }

    /** Sets the spec's {@code additional_filters}: {@code [column, operator, value]} triples. */
    public ParquetSource setAdditionalFilters(List<List<Object>> filters) {
        if (filters != null) {
            ParquetFilter.parse(filters, describe() + " additional_filters");
        }
        additionalFilters = filters == null || filters.isEmpty() ? null : filters;
        return this;
    }

    // ---- SPARK ----

    /** Options for Spark's reader, as MLRun's: {@code path} and {@code format}. */
    public Map<String, String> getSparkOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        if (getPath() != null) {
            options.put("path", getPath());
        }
        options.put("format", "parquet");
        return options;
    }

    /** The files read by Spark's parquet reader: the requested columns, rows in the time range and filters. */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        return ParquetSpark.read(this, session, request);
    }

    // ---- PANDAS ----

    /** The files as a DFLib frame, read through DuckDB: the requested columns, rows in the range and filters. */
    public DataFrame toDataframe(ReadRequest request) {
        ParquetFrames.Query query = query(request);
        return ParquetFrames.read(describe(), ParquetFiles.existing(describe(), getPath(), "on PANDAS"), query);
    }

    // ---- shared ----

    /** What a read request asks of the files, with the spec's defaults applied and checked. */
    ParquetFrames.Query query(ReadRequest request) {
        LocalDateTime start = request.startTime() != null ? request.startTime() : getStartTime();
        LocalDateTime end = request.endTime() != null ? request.endTime() : getEndTime();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        if ((start != null || end != null) && timeField == null) {
            throw new IllegalArgumentException(describe() + " was asked for a time range but has no time field:"
                    + " set time_field in the spec or timeField in the request.");
        }
        List<ParquetFilter> filters = new ArrayList<>(
                ParquetFilter.parse(additionalFilters, describe() + " additional_filters"));
        filters.addAll(ParquetFilter.parse(request.additionalFilters(), describe() + " request additionalFilters"));
        return new ParquetFrames.Query(request.columns(), timeField, start, end, filters, List.of());
    }

    /** "parquet source 'name'", for messages. */
    String describe() {
        return "parquet source" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
