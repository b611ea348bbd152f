package dev.driverkit.examples.online;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The skeleton of an online store's STOREY writer: a thread of its own writes whatever events have arrived
 * (up to {@code batch} at a time) with one {@link #write} call, then requests as many more. So the upstream
 * never has more than {@code batch} events in flight, an event waits for no batch to fill, and a write that
 * is slow (a store that is away) holds the stream back instead of piling events up.
 *
 * <p>{@link #completion()} completes after the stream has completed and every event is written; if the
 * upstream fails, the events it delivered are written first and the completion then fails with its error.
 * A failed {@link #write} cancels the subscription and fails the completion with the count written.
 */
public abstract class BatchingEventWriter implements StoreyWriter {
    private static final Object END = new Object();

    private final String what;
    private final int batch;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<WriteResult> completion = new CompletableFuture<>();
    private final AtomicLong written = new AtomicLong();
    private volatile Flow.Subscription subscription;
    private volatile Throwable upstreamFailure;

    protected BatchingEventWriter(String what, int batch) {
        this.what = what;
        this.batch = batch;
    }

    /** Writes one batch; returns once the store holds it durably. */
    protected abstract void write(List<Event> events) throws Exception;

    /** Releases the store's connection; called once, at the end, on the writer's thread. */
    protected abstract void release();

    /** Where the events go, for messages: a server, a file. */
    protected abstract String destination();

    @Override
    public final CompletionStage<WriteResult> completion() {
        return completion;
    }

    /** Events written so far. */
    public final long written() {
        return written.get();
    }

    @Override
    public final void onSubscribe(Flow.Subscription newSubscription) {
        Objects.requireNonNull(newSubscription, "subscription");
        if (subscription != null || completion.isDone()) {
            newSubscription.cancel(); // Reactive Streams rule 2.5: one subscription at a time
            return;
        }
        subscription = newSubscription;
        Thread worker = new Thread(this::run, "driverkit-" + getClass().getSimpleName());
        worker.setDaemon(true);
        worker.start();
        newSubscription.request(batch);
    }

    @Override
    public final void onNext(Event event) {
        arrived.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public final void onError(Throwable failure) {
        upstreamFailure = Objects.requireNonNull(failure, "failure");
        arrived.add(END);
    }

    @Override
    public final void onComplete() {
        arrived.add(END);
    }

    private void run() {
        try {
            List<Object> taken = new ArrayList<>(batch);
            List<Event> events = new ArrayList<>(batch);
            boolean ended = false;
            while (!ended) {
                taken.clear();
                events.clear();
                taken.add(arrived.take());
                arrived.drainTo(taken, batch - 1);
                for (Object item : taken) {
                    if (item == END) {
                        ended = true;
                        break;
                    }
                    events.add((Event) item);
                }
                if (!events.isEmpty()) {
                    write(events);
                    written.addAndGet(events.size());
                    if (!ended) {
                        subscription.request(events.size());
                    }
                }
            }
            Throwable failure = upstreamFailure;
            if (failure != null) {
                completion.completeExceptionally(new IllegalStateException(what + ": the stream failed after "
                        + written.get() + " events, all of them written to " + destination() + ".", failure));
            } else {
                completion.complete(WriteResult.rows(written.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new IllegalStateException(what + ": interrupted after writing " + written.get() + " events.", e));
        } catch (Exception e) {
            fail(new IllegalStateException(what + ": writing to " + destination() + " failed after " + written.get()
                    + " events were written: " + e.getMessage(), e));
        } finally {
            release();
        }
    }

    private void fail(RuntimeException failure) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        completion.completeExceptionally(failure);
    }
}
