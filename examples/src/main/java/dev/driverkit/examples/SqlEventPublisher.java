package dev.driverkit.examples;

import dev.driverkit.engine.Event;
import java.time.Instant;
import java.time.LocalDate;
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
 * The STOREY engine of {@link SqlSource}: a cold {@link Flow.Publisher} whose every subscriber runs the
 * query on its own connection, opened at its first request, and gets one {@link Event} per row, no more
 * than it requested. Rows are read and emitted on the thread that calls {@link Flow.Subscription#request};
 * a request made from inside {@code onNext} does not recurse (Reactive Streams rules 1.3, 3.3). The
 * connection is closed on completion, on failure and on cancel.
 */
final class SqlEventPublisher implements Flow.Publisher<Event> {
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
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscriber.onSubscribe(new RowSubscription(subscriber));
    }

    private final class RowSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super Event> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger draining = new AtomicInteger();
        private volatile boolean done;
        private volatile Throwable badRequest;
        private SqlCursor cursor;
        private int keyColumn = -1;
        private int timeColumn = -1;

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

        /** One thread at a time reads and emits; the others leave their work to it. */
        private void drain() {
            if (draining.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                try {
                    emit();
                } catch (RuntimeException e) {
                    fail(e);
                }
                missed = draining.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emit() {
            if (done) {
                close();
                return;
            }
            if (badRequest != null) {
                fail(badRequest);
                return;
            }
            if (demand.get() == 0) {
                return;
            }
            if (cursor == null) {
                cursor = SqlCursor.open(source, selection);
                keyColumn = keyField == null ? -1 : SqlCursor.indexOf(cursor.columns(), keyField);
                timeColumn = timeField == null ? -1 : SqlCursor.indexOf(cursor.columns(), timeField);
            }
            while (demand.get() > 0 && !done) {
                Object[] row = cursor.next();
                if (row == null) {
                    done = true;
                    close();
                    subscriber.onComplete();
                    return;
                }
                demand.decrementAndGet();
                subscriber.onNext(event(cursor.columns(), row));
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
            if (cursor != null) {
                cursor.close();
            }
        }

        private Event event(List<String> columns, Object[] row) {
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
}
