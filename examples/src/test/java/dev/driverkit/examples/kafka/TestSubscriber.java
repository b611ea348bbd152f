package dev.driverkit.examples.kafka;

import dev.driverkit.engine.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A subscriber a test drives by hand: it requests what the test asks for and records every signal. */
final class TestSubscriber implements Flow.Subscriber<Event> {
    private final List<Event> events = new ArrayList<>();
    final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private final CompletableFuture<Void> subscribed = new CompletableFuture<>();

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        subscribed.complete(null);
    }

    @Override
    public synchronized void onNext(Event event) {
        events.add(event);
    }

    @Override
    public void onError(Throwable failure) {
        done.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        done.complete(null);
    }

    void request(long n) {
        subscribed.join();
        subscription.request(n);
    }

    void cancel() {
        subscribed.join();
        subscription.cancel();
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }

    synchronized int count() {
        return events.size();
    }

    /** Waits until {@code condition} holds, up to {@code timeout}; fails with {@code what} otherwise. */
    static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting for: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }

    void awaitCount(int expected, Duration timeout) throws InterruptedException {
        await(expected + " events (have " + count() + ", done: " + done + ")", timeout,
                () -> count() >= expected || done.isDone());
    }
}
