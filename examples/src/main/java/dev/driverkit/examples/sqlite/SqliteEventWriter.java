package dev.driverkit.examples.sqlite;

import dev.driverkit.engine.Event;
import dev.driverkit.examples.online.BatchingEventWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The STOREY writer of a {@link SqliteTarget}: each batch of arrived events is one transaction of upserts
 * ({@link BatchingEventWriter}). A batch is all or nothing: a value that does not fit fails the write, and
 * none of that batch is stored. The completion comes after the last transaction has committed (on disk).
 */
final class SqliteEventWriter extends BatchingEventWriter {
    private final Path file;
    private final SqliteStore store;
    private final List<String> requestedKeys;
    private final List<String> features;

    SqliteEventWriter(String what, Path file, String table, List<String> keyColumns, List<String> features, int batch) {
        super(what, batch);
        this.file = file;
        this.store = SqliteStore.open(what, file, table);
        this.requestedKeys = List.copyOf(keyColumns);
        this.features = List.copyOf(features);
        if (requestedKeys.isEmpty() && store.primaryKey().isEmpty()) {
            store.close();
            throw new IllegalArgumentException(what + ": no key columns: give them in the write request or as the"
                    + " spec's key_columns (the table does not exist yet to tell them).");
        }
    }

    @Override
    protected void write(List<Event> events) throws SQLException {
        List<String> keys = requestedKeys.isEmpty() ? store.primaryKey() : requestedKeys;
        List<Map<String, Object>> rows = new ArrayList<>(events.size());
        for (Event event : events) {
            rows.add(row(event, keys));
        }
        store.upsert(rows, keys, false);
    }

    /** The event's key columns and features (every column when no feature is named); a lone key from the event's key. */
    private Map<String, Object> row(Event event, List<String> keys) {
        Map<String, Object> body = event.body();
        Map<String, Object> row = new LinkedHashMap<>();
        if (keys.size() == 1 && body.get(keys.get(0)) == null && event.key() != null && !(event.key() instanceof List<?>)) {
            row.put(keys.get(0), event.key());
        }
        Set<String> columns = new LinkedHashSet<>(keys);
        columns.addAll(features.isEmpty() ? body.keySet() : features);
        for (String column : columns) {
            if (body.containsKey(column)) {
                row.put(column, body.get(column));
            }
        }
        return row;
    }

    @Override
    protected void release() {
        store.close();
    }

    @Override
    protected String destination() {
        return file.toString();
    }
}
