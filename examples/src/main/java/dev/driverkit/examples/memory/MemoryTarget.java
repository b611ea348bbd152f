package dev.driverkit.examples.memory;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;

/**
 * An online, queryable key-value target held in memory: the latest feature values per entity key,
 * written from the event stream (STOREY) or from a frame (PANDAS) and served to feature-vector
 * lookups through {@link #getTableObject()}. Each instance is its own table.
 */
@TargetDriver(kind = "memory", supports = {Engine.STOREY, Engine.PANDAS}, offline = false, online = true,
        table = true, append = true, queryable = true)
public class MemoryTarget extends BaseStoreTarget {
    /** The key column when a write request names none. */
    @Spec String keyColumn = "id";

    private final Map<Object, Map<String, Object>> latest = new ConcurrentHashMap<>();

    public MemoryTarget() {}

    /**
     * A subscriber that upserts each event's body under its key (the event's key, else the key column): a
     * {@link MemoryEventWriter}, whose {@code completion()} tells when the stream has been stored.
     */
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        String key = request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0);
        return new MemoryEventWriter(this, key, request.features());
    }

    /** Upserts each row under its key column's value; with {@code overwrite}, clears the table first. */
    public void writeDataframe(DataFrame df, WriteRequest request) {
        String key = request.keyColumns().isEmpty() ? keyColumn : request.keyColumns().get(0);
        if (!df.getColumnsIndex().contains(key)) {
            throw new IllegalArgumentException(describe() + ": the frame has no key column '" + key
                    + "'; its columns are " + List.of(df.getColumnsIndex().toArray()));
        }
        if (request.overwrite()) {
            latest.clear();
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
        List<Map<String, Object>> rows = new ArrayList<>(latest.values());
        List<String> columns = !request.columns().isEmpty() ? request.columns()
                : rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        var appender = DataFrame.byArrayRow(columns.toArray(String[]::new)).appender();
        for (Map<String, Object> row : rows) {
            appender.append(columns.stream().map(row::get).toArray());
        }
        return appender.toDataFrame();
    }

    /** Lookups of the latest values by entity key (a single-column key: its one value). */
    public FeatureTable getTableObject() {
        return entityKey -> Optional.ofNullable(latest.get(entityKey.size() == 1
                ? entityKey.values().iterator().next() : entityKey)).map(values -> Collections.unmodifiableMap(new LinkedHashMap<>(values)));
    }

    /** Stores {@code values} under {@code entity}, over the values stored there before. */
    void upsert(Object entity, Map<String, Object> values) {
        latest.merge(entity, new LinkedHashMap<>(values), (old, update) -> {
            Map<String, Object> merged = new LinkedHashMap<>(old);
            merged.putAll(update);
            return merged;
        });
    }

    /** "memory target 'name'", for messages. */
    String describe() {
        return "memory target '" + getName() + "'";
    }
}
