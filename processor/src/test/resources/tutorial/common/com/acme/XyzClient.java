package com.acme;

import dev.driverkit.engine.Event;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.dflib.DataFrame;

/**
 * Stands in for the xyz database's own Java client in docs/tutorial.md: replace its calls with your
 * store's API. It keeps tables in memory, one database per URL, so the tutorial's drivers really run.
 */
public final class XyzClient {
    private static final Map<String, XyzClient> DATABASES = new ConcurrentHashMap<>();

    private final Map<String, List<Map<String, Object>>> tables = new ConcurrentHashMap<>();

    private XyzClient() {}

    /** The database at {@code url}, e.g. {@code jdbc:xyz://db.acme.com/sales}. */
    public static XyzClient connect(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("no xyz URL: set \"path\" in the spec");
        }
        return DATABASES.computeIfAbsent(url, u -> new XyzClient());
    }

    /** Adds a row to a table. */
    public void insert(String table, Map<String, Object> row) {
        rows(table).add(new LinkedHashMap<>(row));
    }

    /** Adds a row given as column, value, column, value, ... */
    public void insert(String table, Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        insert(table, row);
    }

    /** Replaces the row whose key columns match, or adds it. */
    public void upsert(String table, List<String> keyColumns, Map<String, Object> row) {
        List<Map<String, Object>> rows = rows(table);
        synchronized (rows) {
            rows.removeIf(existing -> keyColumns.stream().allMatch(k -> java.util.Objects.equals(existing.get(k), row.get(k))));
            rows.add(new LinkedHashMap<>(row));
        }
    }

    /** The row whose key columns have the given values. */
    public Optional<Map<String, Object>> lookup(String table, Map<String, Object> key) {
        return snapshot(table).stream()
                .filter(row -> key.entrySet().stream().allMatch(k -> java.util.Objects.equals(row.get(k.getKey()), k.getValue())))
                .findFirst();
    }

    /** The table's rows as events, keyed by {@code keyField} and timed by {@code timeField} (either may be null). */
    public Flow.Publisher<Event> events(String table, int batchSize, String keyField, String timeField) {
        List<Event> events = new ArrayList<>();
        for (Map<String, Object> row : snapshot(table)) {
            events.add(new Event(row, keyField == null ? null : row.get(keyField), instant(timeField == null ? null : row.get(timeField))));
        }
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            private int next;
            private boolean done;

            @Override
            public void request(long n) {
                for (long i = 0; i < n && next < events.size() && !done; i++) {
                    subscriber.onNext(events.get(next++));
                }
                if (next == events.size() && !done) {
                    done = true;
                    subscriber.onComplete();
                }
            }

            @Override
            public void cancel() {
                done = true;
            }
        });
    }

    /** A subscriber that upserts each event's body into the table. */
    public Flow.Subscriber<Event> writer(String table, List<String> keyColumns) {
        return new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Event event) {
                if (keyColumns.isEmpty()) {
                    insert(table, event.body());
                } else {
                    upsert(table, keyColumns, event.body());
                }
            }

            @Override
            public void onError(Throwable failure) {}

            @Override
            public void onComplete() {}
        };
    }

    /** The table as one frame of the given columns (all when empty). */
    public DataFrame frame(String table, List<String> columns) {
        return frame(snapshot(table), columns);
    }

    /** The table as frames of at most {@code batchSize} rows. */
    public Stream<DataFrame> frames(String table, List<String> columns, int batchSize) {
        List<Map<String, Object>> rows = snapshot(table);
        int chunks = (rows.size() + batchSize - 1) / batchSize;
        return java.util.stream.IntStream.range(0, chunks)
                .mapToObj(i -> frame(rows.subList(i * batchSize, Math.min(rows.size(), (i + 1) * batchSize)), columns));
    }

    private static DataFrame frame(List<Map<String, Object>> rows, List<String> columns) {
        List<String> names = !columns.isEmpty() ? columns : rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        var appender = DataFrame.byArrayRow(names.toArray(String[]::new)).appender();
        for (Map<String, Object> row : rows) {
            appender.append(names.stream().map(row::get).toArray());
        }
        return appender.toDataFrame();
    }

    private List<Map<String, Object>> rows(String table) {
        return tables.computeIfAbsent(table, t -> java.util.Collections.synchronizedList(new ArrayList<>()));
    }

    private List<Map<String, Object>> snapshot(String table) {
        List<Map<String, Object>> rows = rows(table);
        synchronized (rows) {
            return new ArrayList<>(rows);
        }
    }

    private static Instant instant(Object time) {
        if (time instanceof Instant instant) {
            return instant;
        }
        return time instanceof LocalDateTime local ? local.toInstant(ZoneOffset.UTC) : null;
    }
}
