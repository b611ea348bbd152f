package dev.driverkit.examples.memory;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;

/**
 * An online, queryable key-value target held in memory: the latest feature values per entity key,
 * written from the event stream (STOREY), from a frame (PANDAS) or from Spark (collected to the driver
 * JVM), and served to feature-vector lookups through {@link #getTableObject()}. The table is named by
 * the spec's {@code name}: every driver instance with that name in this JVM shares it, as every client
 * of a key-value store shares its tables (so what one ingest wrote, a later lookup reads).
 */
@TargetDriver(kind = "memory", supports = {Engine.STOREY, Engine.PANDAS, Engine.SPARK}, offline = false,
        online = true, table = true, append = true, queryable = true)
public class MemoryTarget extends BaseStoreTarget {
    private static final Map<String, Map<Object, Map<String, Object>>> TABLES = new ConcurrentHashMap<>();

    /** The key column when a write request names none. */
    @Spec String keyColumn = "id";

    public MemoryTarget() {}

    /** Drops every table of this JVM (tests). */
    public static void dropAll() {
        TABLES.clear();
    }

    private Map<Object, Map<String, Object>> table() {
        return TABLES.computeIfAbsent(getName() == null ? "" : getName(), name -> new ConcurrentHashMap<>());
    }

    /** A writer that upserts each event's body under its key (the event's key, else the key column). */
    public StoreyWriter addWriterStep(WriterStepRequest request) {
        return new MemoryEventWriter(this, request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0),
                request.features());
    }

    /** Upserts each row under its key column's value; with {@code overwrite}, clears the table first. */
    public void writeDataframe(DataFrame df, WriteRequest request) {
        String key = keyOf(request);
        if (!df.getColumnsIndex().contains(key)) {
            throw new IllegalArgumentException(describe() + ": the frame has no key column '" + key
                    + "'; its columns are " + List.of(df.getColumnsIndex().toArray()));
        }
        if (request.overwrite()) {
            table().clear();
        }
        String[] columns = df.getColumnsIndex().toArray();
        for (RowProxy row : df) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, row.get(column));
            }
            upsert(values.get(key), values);
        }
    }

    /** The stored rows, restricted to the request's columns when it names any. */
    public DataFrame asDf(ReadRequest request) {
        List<Map<String, Object>> rows = new ArrayList<>(table().values());
        List<String> columns = !request.columns().isEmpty() ? request.columns()
                : rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        var appender = DataFrame.byArrayRow(columns.toArray(String[]::new)).appender();
        for (Map<String, Object> row : rows) {
            appender.append(columns.stream().map(row::get).toArray());
        }
        return appender.toDataFrame();
    }

    /** None: {@link #writeSparkDf} collects the rows into this JVM's table. */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        return Map.of();
    }

    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return df;
    }

    /** Brings the rows to the driver JVM (one collect: the table lives there) and upserts them. */
    public void writeSparkDf(Dataset<Row> df, WriteRequest request) {
        String key = keyOf(request);
        Dataset<Row> prepared = prepareSparkDf(df, request);
        String[] columns = prepared.columns();
        if (!List.of(columns).contains(key)) {
            throw new IllegalArgumentException(describe() + ": the Dataset has no key column '"
                    + key + "'; its columns are " + List.of(columns));
        }
        if (request.overwrite()) {
            table().clear();
        }
        for (Row row : prepared.collectAsList()) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < columns.length; i++) {
                values.put(columns[i], row.get(i));
            }
            upsert(values.get(key), values);
        }
    }

    /**
     * Lookups of the latest values by entity key. Keys are stored as text, as a key-value store keeps them:
     * {@code 7} finds what a csv frame wrote under {@code "7"} and what Spark wrote under {@code 7}.
     */
    public FeatureTable getTableObject() {
        Map<Object, Map<String, Object>> table = table();
        return entityKey -> Optional.ofNullable(table.get(storedKey(entityKey.size() == 1
                ? entityKey.values().iterator().next() : entityKey)))
                .map(values -> Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    private static Object storedKey(Object entity) {
        return entity instanceof Number || entity instanceof CharSequence ? entity.toString() : entity;
    }

    private String keyOf(WriteRequest request) {
        return request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0);
    }

    /** "memory target 'name'", for messages. */
    String describe() {
        return "memory target '" + getName() + "'";
    }

    void upsert(Object entity, Map<String, Object> values) {
        table().merge(storedKey(entity), new LinkedHashMap<>(values), (old, update) -> {
            Map<String, Object> merged = new LinkedHashMap<>(old);
            merged.putAll(update);
            return merged;
        });
    }
}
