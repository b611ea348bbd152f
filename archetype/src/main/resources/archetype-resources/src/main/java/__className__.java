#set( $E = $engines.toUpperCase().replace(" ", "") )
#set( $storey = $E.contains("STOREY") )
#set( $spark = $E.contains("SPARK") )
#set( $pandas = $E.contains("PANDAS") )
#set( $target = $direction == "target" )
#set( $isOnline = $online == "true" )
#set( $isQueryable = $queryable == "true" )
#set( $frames = $spark || $pandas )
#set( $onlineQuery = $target && $isOnline && $isQueryable )
#set( $offlineQuery = $target && !$isOnline && $isQueryable )
#set( $asDf = $pandas || $offlineQuery )
#set( $engineList = [] )
#if( $storey )#set( $ignored = $engineList.add("STOREY") )#end
#if( $spark )#set( $ignored = $engineList.add("SPARK") )#end
#if( $pandas )#set( $ignored = $engineList.add("PANDAS") )#end
#set( $supports = "" )
#foreach( $engine in $engineList )
#if( $foreach.hasNext )
#set( $supports = "${supports}Engine.${engine}, " )
#else
#set( $supports = "${supports}Engine.${engine}" )
#end
#end
#set( $engineNames = "" )
#foreach( $engine in $engineList )
#if( $foreach.count == 1 )
#set( $engineNames = $engine )
#elseif( $foreach.hasNext )
#set( $engineNames = "${engineNames}, ${engine}" )
#else
#set( $engineNames = "${engineNames} and ${engine}" )
#end
#end
#if( !$target )
package ${package};

#if( $isOnline )
import dev.driverkit.OnlineSource;
#else
import dev.driverkit.BaseSourceDriver;
#end
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
#if( $storey )
import dev.driverkit.engine.Event;
#end
#if( $isOnline )
import dev.driverkit.engine.NuclioFunction;
#end
#if( $frames )
import dev.driverkit.engine.ReadRequest;
#end
#if( $storey )
import dev.driverkit.engine.StepRequest;
#end
import java.time.LocalDateTime;
#if( $storey )
import java.time.ZoneOffset;
#end
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
#if( $storey )
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
#end
import java.util.function.Predicate;
import java.util.stream.Stream;
#if( $spark )
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
#end
#if( $pandas )
import org.dflib.DataFrame;
#end

/**
 * The {@code ${kind}} source, on ${engineNames}.
#if( $isOnline )
 * An online source: it feeds a serving function through its trigger.
#end
 *
 * <p>It serves a few sample rows held in memory (columns {@code id}, {@code name}, {@code value},
 * {@code time}), so that it works from the first build: replace {@code SAMPLE} and {@code rows(..)} with
 * reads from your system, and the {@code @Spec} fields with your settings. The common fields of MLRun's
 * {@code DataSource} ({@code name}, {@code path}, {@code key_field}, {@code time_field}, ...) come from
 * the base class.
 *
 * <p>driverkit's processor checks this class when it compiles and generates its registry entry, its
 * spec codec ({@code ${className}_SpecCodec}) with its engine adapter nested in it
 * ({@code ${className}_SpecCodec.Adapter}).
 * Add an engine to {@code supports} and compile: the compiler names each method that engine needs,
 * with the signature to paste.
 */
@SourceDriver(kind = "${kind}", supports = {${supports}})
public class ${className} extends #if( $isOnline )OnlineSource#{else}BaseSourceDriver#end {
    /** The columns of the sample rows, in order. */
    static final List<String> COLUMNS = List.of("id", "name", "value", "time");

    /** The sample rows this source serves until it reads a real system. */
    static final List<Map<String, Object>> SAMPLE = List.of(
            row(1L, "alpha", 10.5, LocalDateTime.of(2026, 1, 1, 9, 0)),
            row(2L, "beta", 20.25, LocalDateTime.of(2026, 1, 1, 10, 0)),
            row(3L, "gamma", 30.0, LocalDateTime.of(2026, 1, 1, 11, 0)));

    /** The table to read; spec JSON: {@code "attributes": {"table": "events"}}. */
    @Spec String table = "events";

    /** Read at most this many rows, 0 for all; spec JSON: {@code "attributes": {"max_rows": 2}}. */
    @Spec int maxRows;

    public ${className}() {}
#if( $isOnline )

    // ---- online: the serving function's trigger ----

    /**
     * Adds the trigger through which events reach the serving function: an HTTP trigger (nuclio's
     * {@code "http"} kind, as MLRun's HttpSource adds), with the spec's {@code workers} as its maximum
     * number of workers.
     */
    public NuclioFunction addNuclioTrigger(NuclioFunction function) {
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("kind", "http");
        trigger.put("maxWorkers", getWorkers() != null ? getWorkers() : 1);
        return function.addTrigger("http", trigger);
    }
#end
#if( $storey )

    // ---- STOREY ----

    /**
     * The rows as a cold stream of events, keyed by the key field and timed by the time field (the
     * request's, else the spec's {@code key_field} / {@code time_field}): each subscriber gets every
     * row, at the pace it requests, then completion.
     */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        requireColumn(keyField, "key field");
        requireColumn(timeField, "time field");
        List<Event> events = rows(row -> true)
                .map(row -> new Event(row, keyField == null ? null : row.get(keyField),
                        timeField == null ? null : dateTime(row, timeField).toInstant(ZoneOffset.UTC)))
                .toList();
        return subscriber -> {
            SubmissionPublisher<Event> publisher = new SubmissionPublisher<>();
            publisher.subscribe(subscriber);
            // submit() waits while the subscriber's buffer is full, so it runs outside subscribe().
            CompletableFuture.runAsync(() -> events.forEach(publisher::submit))
                    .whenComplete((done, failure) -> {
                        if (failure == null) {
                            publisher.close();
                        } else {
                            publisher.closeExceptionally(failure);
                        }
                    });
        };
    }
#end
#if( $spark )

    // ---- SPARK ----
#if( !$isOnline )

    /**
     * Options for Spark's reader, {@code format} among them, for a source that Spark reads itself (a
     * file source returns e.g. {@code {"format": "parquet", "path": getPath()}}). This one builds its
     * rows in {@code toSparkDf}, so it has none.
     */
    public Map<String, String> getSparkOptions() {
        return Map.of();
    }
#end

    /** The rows as a Spark Dataset: the requested columns, rows with {@code start < time <= end}. */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        List<String> columns = columns(request);
        StructType schema = new StructType(columns.stream()
                .map(column -> DataTypes.createStructField(column, sparkType(column), true))
                .toArray(StructField[]::new));
        List<Row> rows = read(request)
                .map(row -> RowFactory.create(columns.stream().map(row::get).toArray()))
                .toList();
        return session.createDataFrame(rows, schema);
    }

    /** The Spark type of a sample column. */
    private static DataType sparkType(String column) {
        return switch (column) {
            case "id" -> DataTypes.LongType;
            case "value" -> DataTypes.DoubleType;
            case "time" -> DataTypes.TimestampNTZType;
            default -> DataTypes.StringType;
        };
    }
#end
#if( $pandas )

    // ---- PANDAS ----

    /** The rows as a DFLib frame: the requested columns, rows with {@code start < time <= end}. */
    public DataFrame toDataframe(ReadRequest request) {
        List<String> columns = columns(request);
        var appender = DataFrame.byArrayRow(columns.toArray(String[]::new)).appender();
        read(request).forEach(row -> appender.append(columns.stream().map(row::get).toArray()));
        return appender.toDataFrame();
    }
#end

    // ---- shared ----

    /** The rows that pass {@code filter}, at most {@code maxRows} of them: where a real source reads. */
    private Stream<Map<String, Object>> rows(Predicate<Map<String, Object>> filter) {
        Stream<Map<String, Object>> rows = SAMPLE.stream().filter(filter);
        return maxRows > 0 ? rows.limit(maxRows) : rows;
    }
#if( $frames )

    /** The rows a read asks for: {@code start < time <= end} on the request's time field, else the spec's. */
    private Stream<Map<String, Object>> read(ReadRequest request) {
        if (!request.additionalFilters().isEmpty()) {
            throw new UnsupportedOperationException(describe() + " does not support additional_filters "
                    + request.additionalFilters() + "; filter the result instead.");
        }
        LocalDateTime start = request.startTime();
        LocalDateTime end = request.endTime();
        if (start == null && end == null) {
            return rows(row -> true);
        }
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        if (timeField == null) {
            throw new IllegalArgumentException(describe() + " was asked for a time range but has no time field:"
                    + " set time_field in the spec or timeField in the request.");
        }
        requireColumn(timeField, "time field");
        return rows(row -> {
            LocalDateTime time = dateTime(row, timeField);
            return time != null && (start == null || time.isAfter(start)) && (end == null || !time.isAfter(end));
        });
    }

    /** The columns a read asks for, all when it names none. */
    private List<String> columns(ReadRequest request) {
        request.columns().forEach(column -> requireColumn(column, "column"));
        return request.columns().isEmpty() ? COLUMNS : request.columns();
    }
#end

    private void requireColumn(String column, String role) {
        if (column != null && !COLUMNS.contains(column)) {
            throw new IllegalArgumentException(describe() + " has no column '" + column + "' (asked for as the "
                    + role + "); its columns are " + COLUMNS);
        }
    }

    private LocalDateTime dateTime(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null || value instanceof LocalDateTime) {
            return (LocalDateTime) value;
        }
        throw new IllegalArgumentException(describe() + ": column '" + column + "' holds "
                + value.getClass().getSimpleName() + " values, not date-times");
    }

    /** "${kind} source 'name' (table events)", for messages. */
    private String describe() {
        return "${kind} source" + (getName() == null ? "" : " '" + getName() + "'") + " (table " + table + ")";
    }

    private static Map<String, Object> row(long id, String name, double value, LocalDateTime time) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("name", name);
        row.put("value", value);
        row.put("time", time);
        return row;
    }
}
#else
package ${package};

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
#if( $storey )
import dev.driverkit.engine.Event;
#end
#if( $onlineQuery )
import dev.driverkit.engine.FeatureTable;
#end
#if( $asDf )
import dev.driverkit.engine.ReadRequest;
#end
#if( $spark || $pandas )
import dev.driverkit.engine.WriteRequest;
#end
#if( $storey )
import dev.driverkit.engine.WriterStepRequest;
#end
#if( $asDf )
import java.time.LocalDateTime;
#end
#if( $spark )
import java.util.ArrayList;
#end
#if( $asDf )
import java.util.Collection;
#end
#if( $onlineQuery )
import java.util.Collections;
#end
import java.util.LinkedHashMap;
#if( $asDf )
import java.util.LinkedHashSet;
#end
import java.util.List;
import java.util.Map;
#if( $onlineQuery )
import java.util.Optional;
#end
#if( $isOnline )
import java.util.concurrent.ConcurrentHashMap;
#else
import java.util.concurrent.CopyOnWriteArrayList;
#end
#if( $storey )
import java.util.concurrent.Flow;
#end
#if( $spark )
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
#end
#if( $asDf )
import org.dflib.DataFrame;
#end
#if( $pandas )
import org.dflib.row.RowProxy;
#end

/**
 * The {@code ${kind}} target, on ${engineNames}.
#if( $isOnline )
 * An online target: it holds the latest values per entity key#if( $onlineQuery ) and serves them to feature-vector lookups#end.
#else
 * An offline target: it holds every row written.
#end
 *
 * <p>It keeps what is written in memory, so that it works from the first build: replace
 * #if( $pandas ){@code store}, {@code clear}#else{@code store}#end and {@code rows} with writes to and reads from your
 * system, and the {@code @Spec} fields with your settings. The common fields of MLRun's
 * {@code DataTargetBase} ({@code name}, {@code path}, {@code partitioned}, ...) come from the base class.
 *
 * <p>driverkit's processor checks this class when it compiles and generates its registry entry, its
 * spec codec ({@code ${className}_SpecCodec}) with its engine adapter nested in it
 * ({@code ${className}_SpecCodec.Adapter}).
 * Add an engine to {@code supports} and compile: the compiler names each method that engine needs,
 * with the signature to paste.
 */
#set( $flagList = [] )
#if( $isOnline )
#set( $ignored = $flagList.add("offline = false") )
#set( $ignored = $flagList.add("online = true") )
#set( $ignored = $flagList.add("table = true") )
#end
#if( $storey || $spark )
#set( $ignored = $flagList.add("append = true") )
#end
#if( $isQueryable )
#set( $ignored = $flagList.add("queryable = true") )
#end
#if( $flagList.isEmpty() )
@TargetDriver(kind = "${kind}", supports = {${supports}})
#else
@TargetDriver(kind = "${kind}", supports = {${supports}},
        #foreach( $flag in $flagList )${flag}#if( $foreach.hasNext ), #end#end)
#end
public class ${className} extends BaseStoreTarget {
#if( $isOnline )
    /** The key column when a write names none; spec JSON: {@code "attributes": {"key_column": "id"}}. */
    @Spec String keyColumn = "id";

    /** The latest values per entity key: where a real target writes. */
    private final Map<Object, Map<String, Object>> latest = new ConcurrentHashMap<>();
#else
    /**
     * The file name suffix of a single-file path (as MLRun's ParquetTarget treats {@code .parquet}); spec
     * JSON: {@code "attributes": {"file_suffix": ".${kind}"}}.
     */
    @Spec String fileSuffix = ".${kind}";

    /** Every row written, in order: where a real target writes. */
    private final List<Map<String, Object>> written = new CopyOnWriteArrayList<>();
#end

    public ${className}() {}
#if( !$isOnline )

    // ---- offline ----

    /** Whether the path names one file (it ends with {@code file_suffix}) rather than a folder. */
    public boolean isSingleFile() {
        return getPath() != null && getPath().endsWith(fileSuffix);
    }
#end
#if( $storey )

    // ---- STOREY ----

    /**
     * The subscriber that writes the stream's events: each event's body (its {@code features} when the
     * request names any#if( $isOnline ), stored under the event's key, else its key column's value#end).
     */
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
#if( $isOnline )
        String key = request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0);
#end
        List<String> features = request.features();
        return new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Event event) {
                Map<String, Object> values = new LinkedHashMap<>();
                event.body().forEach((column, value) -> {
                    if (features.isEmpty() || features.contains(column)) {
                        values.put(column, value);
                    }
                });
#if( $isOnline )
                store(event.key() != null ? event.key() : event.body().get(key), values);
#else
                store(values);
#end
            }

            @Override
            public void onError(Throwable failure) {
                // What was written before the failure stays written.
            }

            @Override
            public void onComplete() {
                // Every event is stored as it arrives: nothing to flush.
            }
        };
    }
#end
#if( $spark )

    // ---- SPARK ----

    /**
     * Options for Spark's writer, {@code format} among them. A Spark write runs in Spark's executors, not
     * in this object: a real target names the Spark data source that writes to its system (a file target
     * returns e.g. {@code {"format": "parquet", "path": getPath()}}). Until then this one names Spark's
     * built-in {@code noop} format, which runs the write and keeps nothing.
     */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "noop");
        if (getPath() != null) {
            options.put("path", getPath());
        }
        return options;
    }

    /** The frame shaped for writing: the key columns first (each must be there), then the others. */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
#if( $isOnline )
        List<String> keys = request.keyColumns().isEmpty() ? List.of(keyColumn) : request.keyColumns();
#else
        List<String> keys = request.keyColumns();
#end
        List<String> present = List.of(df.columns());
        List<String> order = new ArrayList<>();
        for (String key : keys) {
            if (!present.contains(key)) {
                throw new IllegalArgumentException(describe() + ": the frame has no key column '" + key
                        + "'; its columns are " + present);
            }
            order.add(key);
        }
        present.stream().filter(column -> !order.contains(column)).forEach(order::add);
        return df.select(order.stream().map(functions::col).toArray(Column[]::new));
    }
#end
#if( $pandas )

    // ---- PANDAS ----

    /** Writes every row of the frame#if( $isOnline ) under its key column's value#end; with {@code overwrite}, replaces what was there. */
    public void writeDataframe(DataFrame df, WriteRequest request) {
#if( $isOnline )
        String key = request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0);
        if (!df.getColumnsIndex().contains(key)) {
            throw new IllegalArgumentException(describe() + ": the frame has no key column '" + key
                    + "'; its columns are " + List.of(df.getColumnsIndex().toArray()));
        }
#end
        if (request.overwrite()) {
            clear();
        }
        String[] columns = df.getColumnsIndex().toArray();
        for (RowProxy row : df) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, row.get(column));
            }
#if( $isOnline )
            store(values.get(key), values);
#else
            store(values);
#end
        }
    }
#end
#if( $asDf )

    /**
     * What was written, as a DFLib frame: the requested columns (else every column written), rows with
     * {@code start < time <= end} on the request's time field when it asks for a range.
     */
    public DataFrame asDf(ReadRequest request) {
        if (!request.additionalFilters().isEmpty()) {
            throw new UnsupportedOperationException(describe() + " does not support additional_filters "
                    + request.additionalFilters() + "; filter the result instead.");
        }
        List<Map<String, Object>> rows = rows();
        if (request.startTime() != null || request.endTime() != null) {
            if (request.timeField() == null) {
                throw new IllegalArgumentException(describe() + " was asked for a time range without a time field:"
                        + " set timeField in the request.");
            }
            rows = rows.stream().filter(row -> inRange(row.get(request.timeField()), request)).toList();
        }
        Collection<String> columns = new LinkedHashSet<>(request.columns());
        if (columns.isEmpty()) {
            rows.forEach(row -> columns.addAll(row.keySet()));
        }
        var appender = DataFrame.byArrayRow(columns.toArray(String[]::new)).appender();
        rows.forEach(row -> appender.append(columns.stream().map(row::get).toArray()));
        return appender.toDataFrame();
    }

    private boolean inRange(Object value, ReadRequest request) {
        if (!(value instanceof LocalDateTime time)) {
            return false;
        }
        return (request.startTime() == null || time.isAfter(request.startTime()))
                && (request.endTime() == null || !time.isAfter(request.endTime()));
    }
#end
#if( $onlineQuery )

    // ---- queries ----

    /** Lookups of the latest values by entity key: {@code lookup(Map.of("id", 1L))}. */
    public FeatureTable getTableObject() {
        return entityKey -> {
            Object key = entityKey.get(keyColumn);
            if (key == null) {
                throw new IllegalArgumentException(describe() + " is keyed by '" + keyColumn + "'; the lookup gave "
                        + entityKey.keySet());
            }
            return Optional.ofNullable(latest.get(key)).map(values -> Collections.unmodifiableMap(new LinkedHashMap<>(values)));
        };
    }
#end

    // ---- storage: where a real target talks to its system ----
#if( $isOnline )

    /** Upserts {@code values} under {@code key}. */
    private void store(Object key, Map<String, Object> values) {
        if (key == null) {
            throw new IllegalArgumentException(describe() + ": a row without a key (no event key and no '" + keyColumn
                    + "' value): " + values);
        }
        latest.merge(key, new LinkedHashMap<>(values), (old, update) -> {
            Map<String, Object> merged = new LinkedHashMap<>(old);
            merged.putAll(update);
            return merged;
        });
    }
#if( $pandas )

    private void clear() {
        latest.clear();
    }
#end

    /** The latest values of every key. */
    List<Map<String, Object>> rows() {
        return List.copyOf(latest.values());
    }
#else

    private void store(Map<String, Object> values) {
        written.add(new LinkedHashMap<>(values));
    }
#if( $pandas )

    private void clear() {
        written.clear();
    }
#end

    /** Every row written so far. */
    List<Map<String, Object>> rows() {
        return List.copyOf(written);
    }
#end

    /** "${kind} target 'name'", for messages. */
    private String describe() {
        return "${kind} target" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
#end
