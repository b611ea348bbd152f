package dev.driverkit.examples.support;

import dev.driverkit.engine.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Drains a STOREY publisher into a list: what a test or a small job does with a source's stream. */
public final class Events {
    private Events() {}

    /** Every event of {@code publisher}, requested in batches of {@code batch}; waits up to {@code timeout}. */
    public static List<Event> collect(Flow.Publisher<Event> publisher, int batch, Duration timeout) {
        CompletableFuture<List<Event>> result = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private final List<Event> events = new ArrayList<>();
            private Flow.Subscription subscription;
            private int outstanding;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                outstanding = batch;
                s.request(batch);
            }

            @Override
            public void onNext(Event event) {
                events.add(event);
                if (--outstanding == 0) {
                    outstanding = batch;
                    subscription.request(batch);
                }
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                result.complete(events);
            }
        });
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The stream failed: " + cause, cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The stream did not complete within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while collecting events", e);
        }
    }

    /** Every event, requested 64 at a time, within a minute. */
    public static List<Event> collect(Flow.Publisher<Event> publisher) {
        return collect(publisher, 64, Duration.ofMinutes(1));
    }
}
