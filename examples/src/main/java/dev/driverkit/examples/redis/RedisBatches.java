package dev.driverkit.examples.redis;

import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.exceptions.JedisDataException;

/** Writes a batch of updates in one pipeline (one round trip), shared by the STOREY and Spark writers. */
final class RedisBatches {
    private RedisBatches() {}

    /**
     * Sends every update and waits for the replies.
     *
     * @throws redis.clients.jedis.exceptions.JedisConnectionException when the connection is lost (the batch may be
     *     partly applied: write it again)
     * @throws IllegalStateException when Redis refuses a command (a key of another type, out of memory, ...)
     */
    static void write(String what, RedisEndpoint endpoint, Jedis jedis, List<RedisUpsert> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> replies;
        try (Pipeline pipeline = jedis.pipelined()) {
            for (RedisUpsert upsert : batch) {
                upsert.queue(pipeline);
            }
            replies = pipeline.syncAndReturnAll();
        }
        for (Object reply : replies) {
            if (reply instanceof JedisDataException refused) {
                throw new IllegalStateException(what + ": Redis at " + endpoint.server() + " refused a write: "
                        + refused.getMessage(), refused);
            }
        }
    }
}
