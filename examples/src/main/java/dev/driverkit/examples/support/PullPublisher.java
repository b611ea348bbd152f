package dev.driverkit.examples.support;

import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A cold {@link Flow.Publisher} that pulls items from a reader of its own per subscriber, opened at the
 * subscriber's first request, never emitting more than was requested. Items are emitted on the thread
 * that calls {@link Flow.Subscription#request}; a request made from inside {@code onNext} does not
 * recurse (Reactive Streams rules 1.3, 3.3). The reader is closed on completion, failure and cancel:
 * by the cancelling thread itself when no other thread is reading, else by the reading thread as soon as
 * its current read returns, which {@link Reader#abort()} can hurry. The STOREY engines of the csv and
 * sqldb sources share it.
 *
 * @param <T> the items
 */
public abstract class PullPublisher<T> implements Flow.Publisher<T> {
    /** Reads one subscriber's items. */
    public interface Reader<T> extends AutoCloseable {
        /** The next item, or null at the end. */
        T next() throws Exception;

        /**
         * Called from a cancelling thread while another thread may be inside {@link #next()}: stops a read
         * that blocks (a query still running in a database) if the source can. The reading thread then
         * closes the reader; whatever {@code next()} throws after an abort is not signalled.
         */
        default void abort() {}

        @Override
        void close();
    }

    /** A fresh reader for one subscriber. */
    protected abstract Reader<T> open() throws Exception;

    @Override
    public final void subscribe(Flow.Subscriber<? super T> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscriber.onSubscribe(new PullSubscription(subscriber));
    }

    private final class PullSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super T> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger draining = new AtomicInteger();
        private volatile boolean done;
        private volatile Throwable badRequest;
        /** Written by the draining thread; read by a cancelling thread to abort a blocked read. */
        private volatile Reader<T> reader;
        /** The thread reading and emitting now, or null. */
        private final AtomicReference<Thread> drainer = new AtomicReference<>();

        PullSubscription(Flow.Subscriber<? super T> subscriber) {
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
            Reader<T> busy = reader;
            Thread reading = drainer.get();
            if (busy != null && reading != null && reading != Thread.currentThread()) {
                busy.abort(); // another thread is reading: stop it there; it closes the reader
            }
            drain();
        }

        /** One thread at a time reads and emits; the others leave their work to it. */
        private void drain() {
            if (draining.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            Thread current = Thread.currentThread();
            do {
                drainer.set(current);
                try {
                    emit();
                } catch (Exception e) {
                    fail(e);
                }
                missed = draining.addAndGet(-missed);
            } while (missed != 0);
            drainer.compareAndSet(current, null); // unless another thread has begun to drain meanwhile
        }

        private void emit() throws Exception {
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
            if (reader == null) {
                reader = open();
            }
            while (demand.get() > 0 && !done) {
                T item = reader.next();
                if (done) {
                    break; // cancelled while reading: the item is dropped
                }
                if (item == null) {
                    done = true;
                    close();
                    subscriber.onComplete();
                    return;
                }
                demand.decrementAndGet();
                subscriber.onNext(item);
            }
            if (done) {
                close();
            }
        }

        private void fail(Throwable error) {
            boolean first = !done; // after a cancel (and an abort) the failure is not signalled (rule 1.8)
            done = true;
            close();
            if (first) {
                subscriber.onError(error);
            }
        }

        private void close() {
            if (reader != null) {
                reader.close();
                reader = null;
            }
        }
    }
}
