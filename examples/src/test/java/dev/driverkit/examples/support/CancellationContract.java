package dev.driverkit.examples.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * What cancelling a STOREY source's subscription does, for every source: the stream stops (no more
 * events, no terminal signal) and what the read held (a file handle, a database connection) is released,
 * as observed from outside the source. A subclass names the source and how to count what it holds.
 */
public abstract class CancellationContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    /** A publisher of {@code rows} events, read from a source as a user's spec would name it. */
    protected abstract Flow.Publisher<Event> publisher(long rows) throws Exception;

    /** A publisher of more events than any test reads: an endless (or practically endless) read. */
    protected abstract Flow.Publisher<Event> endlessPublisher() throws Exception;

    /** How many of the resources a read of the last publisher holds (file handles on the file, connections to the database) are open now. */
    protected abstract long held() throws Exception;

    @Test
    void nothingIsHeldBeforeTheFirstRequestAndCancelReleasesWhatTheReadHeld() throws Exception {
        Flow.Publisher<Event> publisher = publisher(100);
        long before = held();
        Recorder recorder = new Recorder(0);
        publisher.subscribe(recorder);
        assertEquals(before, held(), "subscribing alone opens nothing");

        recorder.subscription().request(3);
        assertEquals(3, recorder.events.size());
        assertEquals(before + 1, held(), "the read holds one resource while it is open");

        recorder.subscription().cancel();
        assertEquals(before, held(), "cancel released it, before returning");
        recorder.subscription().request(10);
        recorder.subscription().cancel(); // rule 3.7: a no-op
        assertEquals(3, recorder.events.size(), "nothing after cancel");
        assertFalse(recorder.terminated(), "no onComplete or onError after cancel");
    }

    @Test
    void cancelFromInsideOnNextStopsTheStreamThere() throws Exception {
        Flow.Publisher<Event> publisher = publisher(100);
        long before = held();
        Recorder recorder = new Recorder(3);
        publisher.subscribe(recorder);
        recorder.subscription().request(Long.MAX_VALUE);
        assertEquals(3, recorder.events.size(), "the third event cancelled");
        assertEquals(before, held(), "released by the time request returned");
        assertFalse(recorder.terminated());
    }

    @Test
    void cancelFromAnotherThreadStopsAnEndlessRead() throws Exception {
        Flow.Publisher<Event> publisher = endlessPublisher();
        long before = held();
        Recorder recorder = new Recorder(0);
        publisher.subscribe(recorder);
        CountDownLatch reading = recorder.after(100);
        // The whole unbounded read runs inside this request call, on the reading thread.
        Thread reader = new Thread(() -> recorder.subscription().request(Long.MAX_VALUE), "reader");
        reader.start();
        try {
            assertTrue(reading.await(TIMEOUT.toSeconds(), TimeUnit.SECONDS), "the read started");
            recorder.subscription().cancel();
            reader.join(TIMEOUT.toMillis());
            assertFalse(reader.isAlive(), "the reading thread stopped reading");
        } finally {
            recorder.subscription().cancel();
            reader.join(TIMEOUT.toMillis());
        }
        int seen = recorder.events.size();
        assertEquals(before, held(), "released once the read stopped");
        assertFalse(recorder.terminated(), "no onComplete or onError after cancel");
        recorder.subscription().request(5);
        assertEquals(seen, recorder.events.size(), "nothing after cancel");
    }

    @Test
    void completionReleasesToo() throws Exception {
        Flow.Publisher<Event> publisher = publisher(5);
        long before = held();
        Recorder recorder = new Recorder(0);
        publisher.subscribe(recorder);
        recorder.subscription().request(Long.MAX_VALUE);
        assertEquals(5, recorder.events.size());
        assertEquals("onComplete", recorder.completed.get());
        assertEquals(before, held());
    }

    /** Records events and terminal signals; cancels from inside the {@code cancelAt}-th onNext (0: never). */
    protected static final class Recorder implements Flow.Subscriber<Event> {
        final List<Event> events = new CopyOnWriteArrayList<>();
        final AtomicReference<String> completed = new AtomicReference<>();
        private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
        private final int cancelAt;
        private volatile CountDownLatch latch = new CountDownLatch(0);
        private volatile int latchAt;

        Recorder(int cancelAt) {
            this.cancelAt = cancelAt;
        }

        Flow.Subscription subscription() {
            return subscription.get();
        }

        boolean terminated() {
            return completed.get() != null;
        }

        /** A latch that opens once {@code count} events have arrived. */
        CountDownLatch after(int count) {
            latchAt = count;
            latch = new CountDownLatch(1);
            return latch;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription.set(s);
        }

        @Override
        public void onNext(Event event) {
            events.add(event);
            if (events.size() == cancelAt) {
                subscription.get().cancel();
            }
            if (events.size() == latchAt) {
                latch.countDown();
            }
        }

        @Override
        public void onError(Throwable error) {
            completed.set("onError: " + error);
        }

        @Override
        public void onComplete() {
            completed.set("onComplete");
        }
    }
}
