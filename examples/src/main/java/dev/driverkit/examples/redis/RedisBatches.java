package dev.driverkit.examples.redis;

import java.util.List;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

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

    /** Removes every entity hash of the endpoint's table (SCAN by the table's prefix, then DEL); returns how many. */
    static long clear(String what, RedisEndpoint endpoint, Jedis jedis) {
        ScanParams match = new ScanParams().match(glob(endpoint.tablePrefix()) + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        long removed = 0;
        try {
            do {
                ScanResult<String> page = jedis.scan(cursor, match);
                if (!page.getResult().isEmpty()) {
                    removed += jedis.del(page.getResult().toArray(String[]::new));
                }
                cursor = page.getCursor();
            } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        } catch (RuntimeException e) {
            throw RedisConnections.translate(what + " (overwrite)", endpoint, e);
        }
        return removed;
    }

    /** {@code text} as a Redis glob that matches only itself. */
    private static String glob(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
