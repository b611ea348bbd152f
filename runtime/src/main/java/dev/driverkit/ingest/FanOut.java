package dev.driverkit.ingest;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * One source's events to several writers, at the pace of the slowest: it asks the source for no more
 * than every writer has asked for, so nothing is buffered. Delivers each event to every writer in turn,
 * on the source's thread. Stops the source after {@code maxEvents}. A writer that cancels or throws
 * stops the source; the other writers then get {@code onError}, so none of them takes a partial stream
 * for a whole one.
 */
final class FanOut implements Flow.Subscriber<Event> {
    private final List<Branch> branches = new ArrayList<>();
    private final long maxEvents;
    private final LongConsumer progress;
    private final Object lock = new Object();
    private Flow.Subscription upstream;
    /** Requested from the source and not delivered yet; guarded by lock. */
    private long outstanding;
    /** Delivered so far; guarded by lock. */
    private long delivered;
    /** Set once: the stream has ended (completed, failed or cancelled); guarded by lock. */
    private boolean ended;
    private volatile Throwable failure;
    /** The writer that stopped the run, or -1 (the source failed, or nothing did). */
    private volatile int origin = -1;

    FanOut(List<Flow.Subscriber<Event>> writers, long maxEvents, LongConsumer progress) {
        writers.forEach(writer -> branches.add(new Branch(writer)));
        this.maxEvents = maxEvents;
        this.progress = progress;
    }

    /** Per writer: completes with what it wrote, or exceptionally with why it did not. */
    List<CompletableFuture<WriteResult>> completions() {
        return branches.stream().map(Branch::completion).toList();
    }

    /** The source's failure, or the first writer's, or the reason the run was stopped; null while all went well. */
    Throwable failure() {
        return failure;
    }

    /** The index of the writer that stopped the run (it cancelled or threw), or -1. */
    int origin() {
        return origin;
    }

    long delivered() {
        synchronized (lock) {
            return delivered;
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        synchronized (lock) {
            if (upstream != null) {
                subscription.cancel(); // Reactive Streams 2.5: one subscription only
                return;
            }
            upstream = subscription;
        }
        branches.forEach(branch -> branch.writer.onSubscribe(branch));
        requestMore();
    }

    @Override
    public void onNext(Event event) {
        long count;
        synchronized (lock) {
            if (ended) {
                return;
            }
            outstanding--;
            count = ++delivered;
            branches.forEach(branch -> branch.demand--);
        }
        for (Branch branch : branches) {
            if (!branch.cancelled) {
                try {
                    branch.writer.onNext(event);
                    branch.written++;
                } catch (RuntimeException e) { // a writer must not throw (rule 2.13); stop rather than lose events
                    stop(new IngestException("the writer " + branch.writer.getClass().getName() + " threw on event "
                            + count + ": " + e, e), branch);
                    return;
                }
            }
        }
        progress.accept(count);
        if (count >= maxEvents) {
            Flow.Subscription source;
            synchronized (lock) {
                ended = true;
                source = upstream;
            }
            source.cancel();
            completeWriters();
        } else {
            requestMore();
        }
    }

    @Override
    public void onError(Throwable error) {
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
        }
        failure = error;
        for (Branch branch : branches) {
            if (!branch.cancelled) {
                branch.writer.onError(error);
                branch.fail(error);
            }
        }
    }

    @Override
    public void onComplete() {
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
        }
        completeWriters();
    }

    /** Cancels the source and fails every writer that is still running; for a timeout or a failed writer. */
    void stop(Throwable why, Branch origin) {
        Flow.Subscription source;
        synchronized (lock) {
            if (ended) {
                return;
            }
            ended = true;
            source = upstream;
        }
        failure = why;
        this.origin = branches.indexOf(origin);
        if (source != null) {
            source.cancel();
        }
        for (Branch branch : branches) {
            if (branch != origin && !branch.cancelled) {
                branch.writer.onError(why);
            }
            branch.fail(why);
        }
    }

    void stop(Throwable why) {
        stop(why, null);
    }

    private void completeWriters() {
        for (Branch branch : branches) {
            if (!branch.cancelled) {
                try {
                    branch.writer.onComplete();
                    branch.completedPlainly();
                } catch (RuntimeException e) {
                    branch.fail(e);
                }
            }
        }
    }

    /** Asks the source for what every writer can take now. */
    private void requestMore() {
        long n;
        Flow.Subscription source;
        synchronized (lock) {
            if (ended || upstream == null) {
                return;
            }
            long room = Long.MAX_VALUE;
            for (Branch branch : branches) {
                room = Math.min(room, branch.demand);
            }
            n = Math.min(room - outstanding, maxEvents - delivered - outstanding);
            if (n <= 0) {
                return;
            }
            outstanding += n;
            source = upstream;
        }
        source.request(n);
    }

    /** One writer's subscription to the fan-out. */
    final class Branch implements Flow.Subscription {
        private final Flow.Subscriber<Event> writer;
        private final CompletableFuture<WriteResult> plain = new CompletableFuture<>();
        /** What the writer asked for and has not received; guarded by FanOut's lock. */
        private long demand;
        private volatile boolean cancelled;
        /** Written by the source's thread only. */
        private long written;

        Branch(Flow.Subscriber<Event> writer) {
            this.writer = writer;
        }

        CompletableFuture<WriteResult> completion() {
            return writer instanceof StoreyWriter storey ? storey.completion().toCompletableFuture() : plain;
        }

        void completedPlainly() {
            plain.complete(WriteResult.rows(written));
        }

        void fail(Throwable why) {
            plain.completeExceptionally(why);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                cancelled = true;
                IllegalArgumentException illegal = new IllegalArgumentException(
                        "Reactive Streams rule 3.9: request(" + n + ") by " + writer.getClass().getName());
                writer.onError(illegal);
                stop(illegal, this);
                return;
            }
            synchronized (lock) {
                demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
            }
            requestMore();
        }

        @Override
        public void cancel() {
            if (cancelled) {
                return;
            }
            cancelled = true;
            stop(new IngestException("the writer " + writer.getClass().getName() + " cancelled its subscription after "
                    + written + " events", null), this);
        }
    }
}
