package dev.driverkit.examples.sqlite;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;

/**
 * The embedded default online store: the latest feature values per entity key in a table of a SQLite file
 * (no server). {@code path} is the file ({@code /data/online.db}, or a SQLAlchemy URL as MLRun's sql target
 * takes one: {@code sqlite:////data/online.db}). Writes upsert: a row's columns replace the stored ones, the others stay;
 * columns are added when new features appear, each declared with its values' type so that reads give the
 * same types back (integers as Long, floats as Double, date-times as {@link java.time.Instant}; see
 * {@link SqliteColumnType}). {@link #getTableObject()} serves lookups by key while writers write (WAL).
 *
 * <p>Delivery guarantee: at least once, and each batch is all or nothing. The STOREY writer commits one
 * transaction per batch (on disk before it asks for more events); a batch that fails leaves nothing and
 * fails the write with the count committed before. Upserts make a replayed event harmless.
 */
@TargetDriver(kind = "sqlite", supports = {Engine.STOREY, Engine.PANDAS}, offline = false, online = true,
        table = true, append = true, queryable = true)
public class SqliteTarget extends BaseStoreTarget {
    private static final int BATCH = 1000;

    /** The table that holds the feature values (default {@code features}). */
    @Spec String tableName;

    /** The entity key columns, in order, when a write request names none (the table's own key once it exists). */
    @Spec List<String> keyColumns;

    public SqliteTarget() {}

    /** A writer that upserts each batch of events in one transaction. */
    public StoreyWriter addWriterStep(WriterStepRequest request) {
        return new SqliteEventWriter(describe(), file(), table(), keys(request.keyColumns()), request.features(), BATCH);
    }

    /** Upserts every row of the frame in one transaction; {@code overwrite} replaces the table. */
    public void writeDataframe(DataFrame df, WriteRequest request) {
        List<String> columns = List.of(df.getColumnsIndex().toArray());
        try (SqliteStore store = SqliteStore.open(describe(), file(), table())) {
            List<String> keys = keys(request.keyColumns());
            if (keys.isEmpty()) {
                keys = store.primaryKey();
            }
            if (keys.isEmpty()) {
                throw new IllegalArgumentException(describe() + ": no key columns: give them in the write request or as"
                        + " the spec's key_columns.");
            }
            for (String key : keys) {
                if (!columns.contains(key)) {
                    throw new IllegalArgumentException(describe() + ": the frame has no key column '" + key + "'; its columns"
                            + " are " + columns);
                }
            }
            List<Map<String, Object>> rows = new ArrayList<>(df.height());
            for (RowProxy row : df) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (String column : columns) {
                    values.put(column, row.get(column));
                }
                rows.add(values);
            }
            store.upsert(rows, keys, request.overwrite());
        } catch (SQLException e) {
            throw new IllegalStateException(describe() + ": writing the frame to " + file() + " failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().startsWith(describe()) ? e.getMessage()
                    : describe() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The stored rows, ordered by key: the request's columns (and its entities, the key columns to include) or
     * all, within its time range on its time field when it has one.
     */
    public DataFrame asDf(ReadRequest request) {
        if (!request.additionalFilters().isEmpty()) {
            throw new IllegalArgumentException(describe() + " does not apply additional filters; read and filter the frame.");
        }
        Set<String> wanted = new LinkedHashSet<>(request.entities());
        wanted.addAll(request.columns());
        try (SqliteStore store = SqliteStore.open(describe(), file(), table())) {
            List<Map<String, Object>> rows = store.rows(new ArrayList<>(wanted), request.timeField(), request.startTime(),
                    request.endTime());
            List<String> names = !wanted.isEmpty() ? new ArrayList<>(wanted) : store.columns();
            var appender = DataFrame.byArrayRow(names.toArray(String[]::new)).appender();
            for (Map<String, Object> row : rows) {
                appender.append(names.stream().map(row::get).toArray());
            }
            return appender.toDataFrame();
        } catch (SQLException e) {
            throw new IllegalStateException(describe() + ": reading " + file() + " failed: " + e.getMessage(), e);
        }
    }

    /** Lookups by entity key on a connection of the table's own; close it to release the connection. */
    public FeatureTable getTableObject() {
        SqliteStore store = SqliteStore.open(describe(), file(), table());
        return new FeatureTable() {
            @Override
            public synchronized Optional<Map<String, Object>> lookup(Map<String, Object> entityKey) {
                try {
                    return store.lookup(entityKey);
                } catch (SQLException e) {
                    throw new IllegalStateException(describe() + ": lookup in " + file() + " failed: " + e.getMessage(), e);
                }
            }

            @Override
            public synchronized void close() {
                store.close();
            }
        };
    }

    private List<String> keys(List<String> requested) {
        return !requested.isEmpty() ? requested : keyColumns == null ? List.of() : List.copyOf(keyColumns);
    }

    private String table() {
        return tableName == null || tableName.isBlank() ? "features" : tableName;
    }

    private Path file() {
        String path = getPath();
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(describe() + " has no path: give the SQLite file (/data/online.db).");
        }
        if (path.startsWith("sqlite:///")) {
            return Path.of(path.substring("sqlite:///".length())); // SQLAlchemy: sqlite:///rel.db, sqlite:////abs.db
        }
        if (path.contains("://")) {
            throw new IllegalArgumentException(describe() + ": the path must be a file or sqlite:///file, not " + path);
        }
        return Path.of(path);
    }

    private String describe() {
        return "sqlite target" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
