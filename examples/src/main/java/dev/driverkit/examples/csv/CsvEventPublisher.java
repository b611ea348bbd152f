package dev.driverkit.examples.csv;

import dev.driverkit.engine.Event;
import dev.driverkit.examples.support.PullPublisher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * The STOREY engine of {@link CsvSource}: a cold {@link Flow.Publisher} (see {@link PullPublisher});
 * each subscriber gets its own reading of the file, one {@link Event} per row.
 */
final class CsvEventPublisher extends PullPublisher<Event> {
    private final Path file;
    private final CsvSchema schema;
    private final char delimiter;
    private final int keyColumn;
    private final int timeColumn;

    CsvEventPublisher(Path file, CsvSchema schema, char delimiter, String keyField, String timeField) {
        this.file = file;
        this.schema = schema;
        this.delimiter = delimiter;
        this.keyColumn = keyField == null ? -1 : schema.columns().indexOf(keyField);
        this.timeColumn = timeField == null ? -1 : schema.columns().indexOf(timeField);
    }

    @Override
    protected Reader<Event> open() throws IOException {
        CsvRecords records = new CsvRecords(file, delimiter);
        if (schema.headerRecord()) {
            records.next();
        }
        return new Reader<>() {
            @Override
            public Event next() throws IOException {
                List<String> row = records.next();
                return row == null ? null : event(row);
            }

            @Override
            public void close() {
                try {
                    records.close();
                } catch (IOException ignored) {
                    // nothing left to read from it
                }
            }
        };
    }

    private Event event(List<String> row) {
        if (row.size() != schema.columns().size()) {
            throw new IllegalStateException(file + " changed while it was read: a record has " + row.size()
                    + " fields, the header " + schema.columns().size() + ".");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            body.put(schema.columns().get(i), schema.parse(i, row.get(i)));
        }
        Object key = keyColumn < 0 ? null : body.get(schema.columns().get(keyColumn));
        Instant time = null;
        if (timeColumn >= 0 && body.get(schema.columns().get(timeColumn)) instanceof LocalDateTime local) {
            time = local.toInstant(ZoneOffset.UTC);
        }
        return new Event(body, key, time);
    }
}
