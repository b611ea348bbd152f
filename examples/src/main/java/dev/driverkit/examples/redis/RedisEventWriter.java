package dev.driverkit.examples.redis;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.Jedis;

/**
 * The STOREY writer of a {@link RedisNoSqlTarget}: upserts each event into its entity's hash in storey's
 * layout. A thread of its own writes whatever events have arrived (up to {@code batch} at a time) in one
 * pipeline, then requests as many more: the upstream never has more than {@code batch} events in flight, and
 * an event waits for no batch to fill.
 *
 * <p>Delivery: at least once. {@link #completion()} completes once the stream has completed and Redis has
 * acknowledged every write. When the connection is lost, the writer reconnects (backing off up to a second
 * between tries) for up to the target's {@code reconnect_seconds} and writes the interrupted batch again:
 * the updates are upserts, so writing one twice leaves the same hash (only the modification time moves).
 * If Redis stays away longer, the subscription is cancelled and the completion fails, saying how many events
 * were written. A value that storey's layout cannot hold, or an event without a key, fails the write likewise.
 */
public final class RedisEventWriter implements StoreyWriter {
    private static final System.Logger LOG = System.getLogger(RedisEventWriter.class.getName());
    private static final Object END = new Object();

    private final String what;
    private final RedisEndpoint endpoint;
    private final RedisUpsert.Builder upserts;
    private final int batch;
    private final Duration reconnectFor;
    private final LinkedBlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<WriteResult> completion = new CompletableFuture<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong connectionLosses = new AtomicLong();
    private volatile Flow.Subscription subscription;
    private volatile Throwable upstreamFailure;
    private Jedis jedis;

    /** Opens the connection now, so that an unreachable server fails the pipeline's set-up, not its first event. */
    RedisEventWriter(String what, RedisEndpoint endpoint, RedisUpsert.Builder upserts, int batch, Duration reconnectFor) {
        this.what = what;
        this.endpoint = endpoint;
        this.upserts = upserts;
        this.batch = batch;
        this.reconnectFor = reconnectFor;
        this.jedis = RedisConnections.open(what, endpoint);
    }

    @Override
    public CompletionStage<WriteResult> completion() {
        return completion;
    }

    /** Events written so far (acknowledged by Redis). */
    public long written() {
        return written.get();
    }

    /** How many times the connection was lost while writing. */
    public long connectionLosses() {
        return connectionLosses.get();
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        Objects.requireNonNull(newSubscription, "subscription");
        if (subscription != null || completion.isDone()) {
            newSubscription.cancel(); // Reactive Streams rule 2.5: one subscription at a time
            return;
        }
        subscription = newSubscription;
        Thread worker = new Thread(this::run, "driverkit-redisnosql-writer");
        worker.setDaemon(true);
        worker.start();
        newSubscription.request(batch);
    }

    @Override
    public void onNext(Event event) {
        arrived.add(Objects.requireNonNull(event, "event"));
    }

    @Override
    public void onError(Throwable failure) {
        upstreamFailure = Objects.requireNonNull(failure, "failure");
        arrived.add(END);
    }

    @Override
    public void onComplete() {
        arrived.add(END);
    }

    private void run() {
        try {
            List<Object> taken = new ArrayList<>(batch);
            boolean ended = false;
            while (!ended) {
                taken.clear();
                taken.add(arrived.take());
                arrived.drainTo(taken, batch - 1);
                List<RedisUpsert> updates = new ArrayList<>(taken.size());
                Instant now = Instant.now();
                for (Object item : taken) {
                    if (item == END) {
                        ended = true;
                        break;
                    }
                    Event event = (Event) item;
                    updates.add(upserts.of(event.body(), event.key(), now));
                }
                writeWithReconnect(updates);
                written.addAndGet(updates.size());
                if (!ended && !updates.isEmpty()) {
                    subscription.request(updates.size());
                }
            }
            Throwable failure = upstreamFailure;
            if (failure != null) {
                completion.completeExceptionally(new IllegalStateException(what + ": the stream failed after "
                        + written.get() + " events, all of them written to " + endpoint.server() + ".", failure));
            } else {
                completion.complete(WriteResult.rows(written.get()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(new IllegalStateException(what + ": interrupted after writing " + written.get() + " events.", e));
        } catch (RuntimeException e) {
            fail(new IllegalStateException(what + ": writing to " + endpoint.server() + " failed after "
                    + written.get() + " events were written: " + e.getMessage(), e));
        } finally {
            RedisConnections.closeQuietly(jedis);
        }
    }

    private void fail(RuntimeException failure) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        completion.completeExceptionally(failure);
    }

    /** Writes the batch; on a lost connection reconnects and writes it again, until {@code reconnectFor} has passed. */
    private void writeWithReconnect(List<RedisUpsert> updates) throws InterruptedException {
        long deadline = System.nanoTime() + reconnectFor.toNanos();
        long backoffMillis = 50;
        while (true) {
            try {
                if (jedis == null) {
                    jedis = RedisConnections.open(what, endpoint);
                    LOG.log(Level.INFO, "{0}: reconnected to {1}; writing the interrupted batch of {2} events again",
                            what, endpoint.server(), updates.size());
                }
                RedisBatches.write(what, endpoint, jedis, updates);
                return;
            } catch (RuntimeException e) {
                if (!RedisConnections.isTransient(e)) {
                    throw e;
                }
                if (jedis != null) {
                    connectionLosses.incrementAndGet();
                    LOG.log(Level.WARNING, "{0}: lost the connection to {1} after {2} events; reconnecting for up to {3} s",
                            what, endpoint.server(), written.get(), reconnectFor.toSeconds());
                    RedisConnections.closeQuietly(jedis);
                    jedis = null;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("lost the connection and could not reconnect within "
                            + reconnectFor.toSeconds() + " s (" + RedisConnections.rootMessage(e) + "); the last "
                            + updates.size() + " events were not written (delivery is at least once: replay from"
                            + " the source's last committed position)", e);
                }
                TimeUnit.MILLISECONDS.sleep(backoffMillis); // back-off between reconnection attempts
                backoffMillis = Math.min(backoffMillis * 2, 1000);
            }
        }
    }
}
