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
 * one {@link Event} per row; the connection is closed on completion, on failure and on cancel.
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

    @Override
    protected Reader<Event> open() {
        SqlCursor cursor = SqlCursor.open(source, selection);
        int keyColumn = keyField == null ? -1 : SqlCursor.indexOf(cursor.columns(), keyField);
        int timeColumn = timeField == null ? -1 : SqlCursor.indexOf(cursor.columns(), timeField);
        return new Reader<>() {
            @Override
            public Event next() {
                Object[] row = cursor.next();
                return row == null ? null : event(cursor.columns(), row, keyColumn, timeColumn);
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
