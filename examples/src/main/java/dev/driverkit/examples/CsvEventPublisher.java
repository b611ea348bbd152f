package dev.driverkit.examples;

import dev.driverkit.engine.Event;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A cold {@link Flow.Publisher}: each subscriber gets its own reading of the file, one {@link Event}
 * per row, as fast as it requests them. Rows are emitted on the thread that calls
 * {@link Flow.Subscription#request}; a request made from inside {@code onNext} does not recurse
 * (Reactive Streams rules 1.3, 3.3).
 */
final class CsvEventPublisher implements Flow.Publisher<Event> {
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
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        RowSubscription subscription = new RowSubscription(subscriber);
        subscriber.onSubscribe(subscription);
    }

    private final class RowSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super Event> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger draining = new AtomicInteger();
        private volatile boolean done;
        private volatile Throwable badRequest;
        private CsvRecords records;

        RowSubscription(Flow.Subscriber<? super Event> subscriber) {
            this.subscriber = subscriber;
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                badRequest = new IllegalArgumentException("Reactive Streams rule 3.9: request(" + n + ") must be positive.");
            } else {
                demand.getAndAccumulate(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
            }
            drain();
        }

        @Override
        public void cancel() {
            done = true;
            drain();
        }

        /** One thread at a time emits; the others leave their work to it. */
        private void drain() {
            if (draining.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                try {
                    emit();
                } catch (IOException | RuntimeException e) {
                    fail(e);
                }
                missed = draining.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emit() throws IOException {
            if (done) {
                close();
                return;
            }
            if (badRequest != null) {
                fail(badRequest);
                return;
            }
            if (records == null) {
                records = new CsvRecords(file, delimiter);
                if (schema.headerRecord()) {
                    records.next();
                }
            }
            while (demand.get() > 0 && !done) {
                List<String> row = records.next();
                if (row == null) {
                    done = true;
                    close();
                    subscriber.onComplete();
                    return;
                }
                demand.decrementAndGet();
                subscriber.onNext(event(row));
            }
            if (done) {
                close();
            }
        }

        private void fail(Throwable error) {
            if (!done) {
                done = true;
                close();
                subscriber.onError(error);
            }
        }

        private void close() {
            if (records != null) {
                try {
                    records.close();
                } catch (IOException ignored) {
                    // nothing left to read from it
                }
                records = null;
            }
        }
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
