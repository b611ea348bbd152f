package dev.driverkit.examples.memory;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The STOREY writer of a {@link MemoryTarget}: upserts each event's body (the requested features, else
 * all of it) under its key: the event's key, else the key column's value. As Reactive Streams asks of a
 * subscriber, it keeps one subscription at a time (a second one is cancelled), throws
 * NullPointerException for a null signal and nothing else: an event it cannot store cancels the
 * subscription, and {@link #completion()} fails with the reason.
 */
public final class MemoryEventWriter implements StoreyWriter {
    private final MemoryTarget target;
    private final String keyColumn;
    private final List<String> features;
    private final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final CompletableFuture<WriteResult> completion = new CompletableFuture<>();
    /** Events stored; signals are serial (rule 1.3), so only one thread at a time counts. */
    private long events;
    private volatile boolean done;

    MemoryEventWriter(MemoryTarget target, String keyColumn, List<String> features) {
        this.target = target;
        this.keyColumn = keyColumn;
        this.features = List.copyOf(features);
    }

    /** Completes with the number of events stored when the stream completes, or fails with why it stopped. */
    @Override
    public CompletableFuture<WriteResult> completion() {
        return completion;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        Objects.requireNonNull(newSubscription, "subscription");
        if (done || !subscription.compareAndSet(null, newSubscription)) {
            newSubscription.cancel(); // rule 2.5: one subscription at a time
            return;
        }
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(Event event) {
        Objects.requireNonNull(event, "event");
        if (done) {
            return;
        }
        Object entity = event.key() != null ? event.key() : event.body().get(keyColumn);
        if (entity == null) {
            fail(new IllegalArgumentException(target.describe() + ": an event has no key (no event key and no '"
                    + keyColumn + "' value): " + event.body()));
            return;
        }
        target.upsert(entity, select(event.body()));
        events++;
    }

    @Override
    public void onError(Throwable failure) {
        Objects.requireNonNull(failure, "failure");
        if (!done) {
            done = true;
            completion.completeExceptionally(new IllegalStateException(target.describe() + ": the stream failed after "
                    + events + " events (they stay stored).", failure));
        }
    }

    @Override
    public void onComplete() {
        if (!done) {
            done = true;
            completion.complete(WriteResult.rows(events));
        }
    }

    private void fail(RuntimeException failure) {
        done = true;
        subscription.get().cancel();
        completion.completeExceptionally(failure);
    }

    private Map<String, Object> select(Map<String, Object> body) {
        if (features.isEmpty()) {
            return body;
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String feature : features) {
            if (body.containsKey(feature)) {
                selected.put(feature, body.get(feature));
            }
        }
        return selected;
    }
}
