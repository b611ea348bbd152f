package dev.driverkit.examples.onlinetest;

import dev.driverkit.engine.Event;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.function.IntFunction;

/**
 * A publisher of {@code count} generated events, emitted on a thread of its own and only as far as the
 * subscriber asked; it may hold back at one event until a test opens its gate (to change the world
 * mid-stream, e.g. restart a server). Ends with onComplete, or onError when given a failure.
 */
public final class EventStream implements Flow.Publisher<Event> {
    private final int count;
    private final IntFunction<Map<String, Object>> body;
    private final int gateAt;
    private final CountDownLatch gate = new CountDownLatch(1);
    private final Throwable failure;
    private volatile int emitted;

    private EventStream(int count, IntFunction<Map<String, Object>> body, int gateAt, Throwable failure) {
        this.count = count;
        this.body = body;
        this.gateAt = gateAt;
        this.failure = failure;
    }

    /** Events 0..count-1 with the given bodies. */
    public static EventStream of(int count, IntFunction<Map<String, Object>> body) {
        return new EventStream(count, body, -1, null);
    }

    /** The same events, holding back before event {@code gateAt} until {@link #openGate()}. */
    public static EventStream gated(int count, int gateAt, IntFunction<Map<String, Object>> body) {
        return new EventStream(count, body, gateAt, null);
    }

    /** The same events, then onError with {@code failure}. */
    public static EventStream failingAfter(int count, IntFunction<Map<String, Object>> body, Throwable failure) {
        return new EventStream(count, body, -1, failure);
    }

    public void openGate() {
        gate.countDown();
    }

    /** Events handed to the subscriber so far. */
    public int emitted() {
        return emitted;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Subscription subscription = new Subscription();
        subscriber.onSubscribe(subscription);
        Thread thread = new Thread(() -> subscription.emit(subscriber), "test-event-stream");
        thread.setDaemon(true);
        thread.start();
    }

    private final class Subscription implements Flow.Subscription {
        private long demand;
        private boolean cancelled;

        @Override
        public synchronized void request(long n) {
            demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            notifyAll();
        }

        @Override
        public synchronized void cancel() {
            cancelled = true;
            notifyAll();
        }

        private synchronized boolean awaitDemand() throws InterruptedException {
            while (demand == 0 && !cancelled) {
                wait();
            }
            if (cancelled) {
                return false;
            }
            demand--;
            return true;
        }

        private synchronized boolean cancelled() {
            return cancelled;
        }

        void emit(Flow.Subscriber<? super Event> subscriber) {
            try {
                for (int i = 0; i < count; i++) {
                    if (i == gateAt) {
                        gate.await();
                    }
                    if (!awaitDemand()) {
                        return;
                    }
                    subscriber.onNext(Event.of(body.apply(i)));
                    emitted = i + 1;
                }
                if (!cancelled()) {
                    if (failure != null) {
                        subscriber.onError(failure);
                    } else {
                        subscriber.onComplete();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
