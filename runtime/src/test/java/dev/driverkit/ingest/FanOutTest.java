package dev.driverkit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

/** The STOREY fan-out: demand of the slowest writer, a writer that stops the run, maxEvents. */
class FanOutTest {
    /** A source that records what it was asked for and emits only when told. */
    static final class RecordingSource implements Flow.Subscription {
        final List<Long> requests = new ArrayList<>();
        boolean cancelled;

        @Override
        public void request(long n) {
            requests.add(n);
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        long requested() {
            return requests.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A writer that asks for {@code initial} events, then for nothing unless told. */
    static final class Writer implements Flow.Subscriber<Event> {
        final long initial;
        Flow.Subscription subscription;
        final List<Event> events = new ArrayList<>();
        Throwable error;
        boolean completed;

        Writer(long initial) {
            this.initial = initial;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(initial);
        }

        @Override
        public void onNext(Event item) {
            events.add(item);
        }

        @Override
        public void onError(Throwable throwable) {
            error = throwable;
        }

        @Override
        public void onComplete() {
            completed = true;
        }
    }

    private static Event event(int i) {
        return Event.of(Map.of("i", i));
    }

    @Test
    void theSourceIsAskedForNoMoreThanTheSlowestWriterWants() {
        Writer fast = new Writer(Long.MAX_VALUE);
        Writer slow = new Writer(2);
        FanOut fanOut = new FanOut(List.of(fast, slow), Long.MAX_VALUE, rows -> { });
        RecordingSource source = new RecordingSource();
        fanOut.onSubscribe(source);
        assertEquals(2, source.requested());
        fanOut.onNext(event(1));
        fanOut.onNext(event(2));
        assertEquals(2, source.requested(), "nothing more until the slow writer asks");
        slow.subscription.request(3);
        assertEquals(5, source.requested());
        fanOut.onNext(event(3));
        fanOut.onComplete();
        assertEquals(3, fast.events.size());
        assertEquals(3, slow.events.size());
        assertTrue(fast.completed && slow.completed);
        assertEquals(List.of(WriteResult.rows(3), WriteResult.rows(3)),
                fanOut.completions().stream().map(CompletableFuture::join).toList());
    }

    @Test
    void aWriterThatCancelsStopsTheSourceAndFailsTheOthers() {
        Writer quitter = new Writer(10);
        Writer other = new Writer(10);
        FanOut fanOut = new FanOut(List.of(quitter, other), Long.MAX_VALUE, rows -> { });
        RecordingSource source = new RecordingSource();
        fanOut.onSubscribe(source);
        fanOut.onNext(event(1));
        quitter.subscription.cancel();
        assertTrue(source.cancelled);
        assertInstanceOf(IngestException.class, other.error);
        assertTrue(other.error.getMessage().contains("cancelled its subscription after 1 events"), other.error.getMessage());
        assertEquals(0, fanOut.origin());
        fanOut.onNext(event(2)); // a late event after cancel is dropped, not delivered
        assertEquals(1, other.events.size());
    }

    @Test
    void anIllegalRequestIsRule3_9AndStopsTheRun() {
        Writer bad = new Writer(0);
        RecordingSource source = new RecordingSource();
        FanOut fanOut = new FanOut(List.of(bad), Long.MAX_VALUE, rows -> { });
        fanOut.onSubscribe(source);
        assertInstanceOf(IllegalArgumentException.class, bad.error);
        assertTrue(source.cancelled);
    }

    @Test
    void maxEventsCancelsTheSourceAndCompletesTheWriters() {
        Writer writer = new Writer(Long.MAX_VALUE);
        RecordingSource source = new RecordingSource();
        List<Long> progress = new ArrayList<>();
        FanOut fanOut = new FanOut(List.of(writer), 2, progress::add);
        fanOut.onSubscribe(source);
        assertEquals(2, source.requested(), "never more than maxEvents");
        fanOut.onNext(event(1));
        fanOut.onNext(event(2));
        assertTrue(source.cancelled);
        assertTrue(writer.completed);
        assertEquals(List.of(1L, 2L), progress);
    }

    @Test
    void theSourceFailingFailsEveryWriterWithItsCause() {
        Writer writer = new Writer(5);
        FanOut fanOut = new FanOut(List.of(writer), Long.MAX_VALUE, rows -> { });
        fanOut.onSubscribe(new RecordingSource());
        IllegalStateException broken = new IllegalStateException("disk gone");
        fanOut.onError(broken);
        assertSame(broken, writer.error);
        assertSame(broken, fanOut.failure());
        assertEquals(-1, fanOut.origin());
    }
}
