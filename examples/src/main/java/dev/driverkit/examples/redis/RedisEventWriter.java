package dev.driverkit.examples.redis;

import dev.driverkit.engine.Event;
import dev.driverkit.examples.online.BatchingEventWriter;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.Jedis;

/**
 * The STOREY writer of a {@link RedisNoSqlTarget}: upserts each event into its entity's hash in storey's
 * layout, each batch of arrived events in one pipeline ({@link BatchingEventWriter}: demand-driven, no event
 * waits for a batch to fill).
 *
 * <p>Delivery: at least once. {@link #completion()} completes once the stream has completed and Redis has
 * acknowledged every write. When the connection is lost, the writer reconnects (backing off up to a second
 * between tries) for up to the target's {@code reconnect_seconds} and writes the interrupted batch again:
 * the updates are upserts, so writing one twice leaves the same hash (only the modification time moves).
 * If Redis stays away longer, the subscription is cancelled and the completion fails, saying how many events
 * were written. A value that storey's layout cannot hold, or an event without a key, fails the write likewise.
 */
public final class RedisEventWriter extends BatchingEventWriter {
    private static final System.Logger LOG = System.getLogger(RedisEventWriter.class.getName());

    private final String what;
    private final RedisEndpoint endpoint;
    private final RedisUpsert.Builder upserts;
    private final Duration reconnectFor;
    private final AtomicLong connectionLosses = new AtomicLong();
    private Jedis jedis;

    /** Opens the connection now, so that an unreachable server fails the pipeline's set-up, not its first event. */
    RedisEventWriter(String what, RedisEndpoint endpoint, RedisUpsert.Builder upserts, int batch, Duration reconnectFor) {
        super(what, batch);
        this.what = what;
        this.endpoint = endpoint;
        this.upserts = upserts;
        this.reconnectFor = reconnectFor;
        this.jedis = RedisConnections.open(what, endpoint);
    }

    /** How many times the connection was lost while writing. */
    public long connectionLosses() {
        return connectionLosses.get();
    }

    @Override
    protected String destination() {
        return endpoint.server();
    }

    @Override
    protected void release() {
        if (jedis != null) {
            RedisConnections.closeQuietly(jedis);
        }
    }

    @Override
    protected void write(List<Event> events) throws InterruptedException {
        List<RedisUpsert> updates = new ArrayList<>(events.size());
        Instant now = Instant.now();
        for (Event event : events) {
            updates.add(upserts.of(event.body(), event.key(), now));
        }
        writeWithReconnect(updates);
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
                            what, endpoint.server(), written(), reconnectFor.toSeconds());
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
