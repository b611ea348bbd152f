package dev.driverkit.examples.sqldb;

import dev.driverkit.engine.Event;
import dev.driverkit.examples.support.PullPublisher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * The STOREY engine of {@link SqlSource}: a cold {@link Flow.Publisher} (see {@link PullPublisher})
 * whose every subscriber runs the query on its own connection, opened at its first request, and gets
 * one {@link Event} per row; the connection is closed on completion, on failure and on cancel, and a
 * cancel while the query still runs stops it in the database.
 */
final class SqlEventPublisher extends PullPublisher<Event> {
    private final SqlSource source;
    private final SqlCursor.Selection selection;
    private final String keyField;
    private final String timeField;

    SqlEventPublisher(SqlSource source, SqlCursor.Selection selection, String keyField, String timeField) {
        this.source = source;
        this.selection = selection;
        this.keyField = keyField;
        this.timeField = timeField;
    }

    /**
     * Connects; the query runs at the first {@code next()}, where a cancel from another thread can stop
     * it in the database ({@link SqlCursor#cancel()}) instead of waiting for it to return.
     */
    @Override
    protected Reader<Event> open() {
        SqlCursor cursor = SqlCursor.connect(source);
        return new Reader<>() {
            private boolean started;
            private int keyColumn;
            private int timeColumn;

            @Override
            public Event next() {
                if (!started) {
                    cursor.start(selection);
                    started = true;
                    keyColumn = keyField == null ? -1 : SqlCursor.indexOf(cursor.columns(), keyField);
                    timeColumn = timeField == null ? -1 : SqlCursor.indexOf(cursor.columns(), timeField);
                }
                Object[] row = cursor.next();
                return row == null ? null : event(cursor.columns(), row, keyColumn, timeColumn);
            }

            @Override
            public void abort() {
                cursor.cancel();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    private static Event event(List<String> columns, Object[] row, int keyColumn, int timeColumn) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < row.length; i++) {
            body.put(columns.get(i), row[i]);
        }
        Object key = keyColumn < 0 ? null : row[keyColumn];
        Instant time = null;
        if (timeColumn >= 0) {
            if (row[timeColumn] instanceof LocalDateTime local) {
                time = local.toInstant(ZoneOffset.UTC);
            } else if (row[timeColumn] instanceof LocalDate date) {
                time = date.atStartOfDay().toInstant(ZoneOffset.UTC);
            }
        }
        return new Event(body, key, time);
    }
}
