package dev.driverkit.examples.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.onlinetest.Await;
import dev.driverkit.examples.onlinetest.EventStream;
import dev.driverkit.registry.DriverRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Lookup latency through {@code getTableObject().lookup} against a raw HGETALL of the same hashes on one
 * connection, in one run on one server (median and p99 over 10,000 lookups each, after a warm-up). Prints
 * the figures; asserts every lookup found its entity, so the loop measures real reads.
 */
class RedisLookupLatencyTest {
    private static final int ENTITIES = 1000;
    private static final int LOOKUPS = 10_000;

    @Test
    void lookupLatencyAgainstARawHashRead() throws Exception {
        RedisTestServer redis = RedisTestServer.shared();
        BaseStoreTarget target = DriverRegistry.load().readTarget("{\"kind\": \"redisnosql\", \"path\": \""
                + redis.url("projects/p/fsets/latency") + "\"}");
        StoreyWriter writer = (StoreyWriter) Roles.storey(target).addWriterStep(new WriterStepRequest(null, List.of(),
                List.of("id"), null));
        EventStream.of(ENTITIES, i -> Map.of("id", i, "amount", i * 1.5, "category", "c" + (i % 7), "vip", i % 2 == 0))
                .subscribe(writer);
        assertEquals(ENTITIES, Await.result(writer.completion(), Duration.ofSeconds(30)).rows());

        long[] driver = new long[LOOKUPS];
        long[] raw = new long[LOOKUPS];
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject(); Jedis jedis = redis.client()) {
            for (int round = 0; round < 2; round++) { // the first round warms up the JIT and the connections
                for (int i = 0; i < LOOKUPS; i++) {
                    int id = (i * 7919) % ENTITIES;
                    long start = System.nanoTime();
                    Map<String, Object> vector = table.lookup(Map.of("id", id)).orElseThrow();
                    driver[i] = System.nanoTime() - start;
                    assertEquals(id * 1.5 % 1 == 0 ? (Object) (long) (id * 1.5) : id * 1.5, vector.get("amount"));

                    start = System.nanoTime();
                    Map<String, String> hash = jedis.hgetAll("{/projects/p/fsets/latency/:" + id + "}:static");
                    raw[i] = System.nanoTime() - start;
                    assertEquals(5, hash.size()); // id, amount, category, vip and the modification time
                }
            }
        }
        System.out.println(String.format(Locale.ROOT, "[redisnosql lookup latency, %d lookups] getTableObject().lookup:"
                + " median %.1f us, p99 %.1f us; raw HGETALL: median %.1f us, p99 %.1f us; p99 ratio %.2f", LOOKUPS,
                percentile(driver, 50), percentile(driver, 99), percentile(raw, 50), percentile(raw, 99),
                percentile(driver, 99) / percentile(raw, 99)));
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
