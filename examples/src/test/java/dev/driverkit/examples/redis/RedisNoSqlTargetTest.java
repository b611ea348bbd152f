package dev.driverkit.examples.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.engine.EngineNotSupportedException;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.onlinetest.Await;
import dev.driverkit.examples.onlinetest.EventStream;
import dev.driverkit.examples.secrets.MlrunSecrets;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * The redisnosql target against a real redis-server: storey's key and value layout byte for byte, both
 * ways; lookups; credentials; and the faults (server missing at start, restarted mid-stream).
 */
class RedisNoSqlTargetTest {
    private static final AtomicInteger TABLES = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final DriverRegistry registry = DriverRegistry.load();
    private final RedisTestServer redis = RedisTestServer.shared();

    /** A target on a table of its own (tests share one server). */
    private BaseStoreTarget target(String extraSpec) {
        String table = "projects/p/fsets/set" + TABLES.incrementAndGet();
        return registry.readTarget("{\"kind\": \"redisnosql\", \"name\": \"nosql\", \"path\": \"" + redis.url(table) + "\""
                + extraSpec + "}");
    }

    private static String tablePrefix(BaseStoreTarget target) {
        return "{/" + target.getPath().replaceFirst("^redis://[^/]+/", "") + "/:";
    }

    private static WriteResult write(BaseStoreTarget target, List<String> keys, List<String> features,
            EventStream events) throws ExecutionException {
        StoreyWriter writer = (StoreyWriter) Roles.storey(target).addWriterStep(new WriterStepRequest(null, features, keys, null));
        events.subscribe(writer);
        return Await.result(writer.completion(), WAIT);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void theRegistryListsItAsAQueryableOnlineTableOnStoreyAndSpark() {
        DriverInfo info = registry.target("redisnosql");
        assertEquals(Set.of(Engine.STOREY, Engine.SPARK), info.engines());
        assertEquals(Set.of(DriverFlag.ONLINE, DriverFlag.TABLE, DriverFlag.APPEND, DriverFlag.QUERYABLE), info.flags());
        String spec = "{\"kind\":\"redisnosql\",\"name\":\"nosql\",\"path\":\"redis://cache:6379/projects/p/fsets/s\","
                + "\"credentials_prefix\":\"ONLINE\",\"status\":\"ready\",\"online\":true}";
        assertEquals(spec, registry.writeSpec(registry.readTarget(spec)), "MLRun's status entry reads and writes back");
    }

    @Test
    void storeyWritesStoreysLayoutExactly() throws Exception {
        BaseStoreTarget target = target("");
        Instant before = Instant.now();
        Map<String, Object> first = row("id", 7, "price", 3.25, "whole", 3.0, "count", 12L, "active", true,
                "name", "ACME \"corp\"", "up", Double.POSITIVE_INFINITY, "down", Double.NEGATIVE_INFINITY, "gap", Double.NaN,
                "ts", Instant.parse("2024-01-01T00:00:00.5Z"), "age", Duration.ofSeconds(90), "small", 1e-5, "unused", "x");
        WriteResult result = write(target, List.of("id"), List.of("price", "whole", "count", "active", "name", "up",
                "down", "gap", "ts", "age", "small"), EventStream.of(1, i -> first));
        assertEquals(1, result.rows());

        try (Jedis raw = redis.client()) {
            Map<String, String> hash = raw.hgetAll(tablePrefix(target) + "7}:static");
            String mtime = hash.remove(StoreyRedisLayout.MTIME_FIELD);
            assertEquals(Map.ofEntries(Map.entry("id", "7"), Map.entry("price", "3.25"), Map.entry("whole", "3"),
                    Map.entry("count", "12"), Map.entry("active", "true"), Map.entry("name", "ACME \"corp\""),
                    Map.entry("up", "inf"), Map.entry("down", "-inf"), Map.entry("gap", "nan"),
                    Map.entry("ts", "_dt:1704067200.5"), Map.entry("age", "_td:90.0"), Map.entry("small", "1e-05")), hash,
                    "fields as storey's write script leaves them; 'unused' is not a feature");
            long micros = Long.parseLong(mtime);
            assertTrue(micros >= before.toEpochMilli() * 1000 && micros <= Instant.now().toEpochMilli() * 1000 + 1000,
                    "the modification time is now, in microseconds: " + mtime);
        }

        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            Map<String, Object> back = table.lookup(Map.of("id", 7)).orElseThrow();
            assertEquals(7L, back.get("id"));
            assertEquals(3.25, back.get("price"));
            assertEquals(3L, back.get("whole"), "storey stores a whole float as an integer, and reads it so");
            assertEquals(true, back.get("active"));
            assertEquals("ACME \"corp\"", back.get("name"));
            assertEquals(Double.POSITIVE_INFINITY, back.get("up"));
            assertEquals(Double.NEGATIVE_INFINITY, back.get("down"));
            assertTrue(Double.isNaN((Double) back.get("gap")));
            assertEquals(Instant.parse("2024-01-01T00:00:00.5Z"), back.get("ts"));
            assertEquals(Duration.ofSeconds(90), back.get("age"));
            assertEquals(1e-5, back.get("small"));
            assertFalse(back.containsKey(StoreyRedisLayout.MTIME_FIELD), "internal fields are not features");
            assertEquals(Optional.empty(), table.lookup(Map.of("id", 8)), "an unknown entity is empty, not an error");
        }
    }

    @Test
    void aLookupReadsAHashAsStoreyWroteIt() {
        BaseStoreTarget target = target("");
        try (Jedis raw = redis.client()) {
            // What storey's NoSqlTarget leaves for {"name": 1234, "ratio": 0.5, "vip": True, "joined": datetime(2024, 1, 1,
            // tzinfo=utc), "city": "Haifa"} under key "c-1", with an aggregation field of its own.
            raw.hset(tablePrefix(target) + "c-1}:static", Map.of("name", "1234", "ratio", "0.5", "vip", "true",
                    "joined", "_dt:1704067200.0", "city", "Haifa", StoreyRedisLayout.MTIME_FIELD, "1704067200000000",
                    "\u0001aggr_clicks_sum_a", "1.0,2.0"));
        }
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Map.of("name", 1234L, "ratio", 0.5, "vip", true, "joined", Instant.parse("2024-01-01T00:00:00Z"),
                    "city", "Haifa"), table.lookup(Map.of("customer", "c-1")).orElseThrow());
        }
    }

    @Test
    void laterEventsUpdateTheirFieldsKeepTheOthersAndNullRemovesOne() throws Exception {
        BaseStoreTarget target = target("");
        write(target, List.of("id"), List.of(), EventStream.of(3, i -> i < 2
                ? row("id", "a", "x", i, "y", "kept", "z", "gone soon")
                : row("id", "a", "x", 10, "z", null)));
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Map.of("id", "a", "x", 10L, "y", "kept"), table.lookup(Map.of("id", "a")).orElseThrow());
        }
    }

    @Test
    void compoundKeysAreJoinedAsStoreyJoinsThem() throws Exception {
        BaseStoreTarget two = target("");
        write(two, List.of("user", "day"), List.of("n"), EventStream.of(1, i -> row("user", "u1", "day", 5, "n", 1)));
        BaseStoreTarget three = target(", \"attributes\": {\"key_columns\": [\"a\", \"b\", \"c\"]}");
        write(three, List.of(), List.of("n"), EventStream.of(1, i -> row("a", "k", "b", "x", "c", 7, "n", 2)));
        try (Jedis raw = redis.client()) {
            assertEquals("1", raw.hget(tablePrefix(two) + "u1.5}:static", "n"));
            // hashlib.sha1(b"x7").hexdigest(): storey hashes the second and later key values
            assertEquals("2", raw.hget(tablePrefix(three) + "k.bc8fc96cebf44a9eb1f341bfd6d0b7aadb2c1b04}:static", "n"));
        }
        try (FeatureTable table = Roles.onlineQuery(three).getTableObject()) {
            assertEquals(2L, table.lookup(Map.of("c", 7, "b", "x", "a", "k")).orElseThrow().get("n"),
                    "the spec's key_columns give the order");
        }
        try (FeatureTable table = Roles.onlineQuery(two).getTableObject()) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            ordered.put("user", "u1");
            ordered.put("day", 5);
            assertEquals(1L, table.lookup(ordered).orElseThrow().get("n"));
            Map<String, Object> unordered = new HashMap<>(ordered);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.lookup(unordered));
            assertTrue(e.getMessage().contains("set the spec's key_columns"), e.getMessage());
        }
    }

    @Test
    void anEventWithoutAKeyOrWithBytesFailsTheWriteWithTheCountWritten() {
        BaseStoreTarget target = target("");
        ExecutionException e = assertThrows(ExecutionException.class, () -> write(target, List.of("id"), List.of(),
                EventStream.of(2, i -> i == 0 ? row("id", 1, "v", 1) : row("id", 2, "v", new byte[] {1}))));
        assertTrue(e.getCause().getMessage().contains("column 'v' of entity 2 has a [B value"), e.getCause().getMessage());
    }

    @Test
    void anUnreachableServerIsAClearErrorNamingHostAndPortWithinTheTimeout() throws Exception {
        int closedPort = RedisTestServer.freePort(); // nothing listens there now
        BaseStoreTarget target = registry.readTarget("{\"kind\": \"redisnosql\", \"path\": \"redis://127.0.0.1:" + closedPort
                + "/projects/p/fsets/s\", \"attributes\": {\"timeout_millis\": 1000}}");
        long started = System.nanoTime();
        IllegalStateException write = assertThrows(IllegalStateException.class,
                () -> Roles.storey(target).addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null)));
        IllegalStateException lookup = assertThrows(IllegalStateException.class, () -> Roles.onlineQuery(target).getTableObject());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0, "bounded, not a hang");
        for (IllegalStateException e : List.of(write, lookup)) {
            assertTrue(e.getMessage().contains("cannot reach Redis at redis://127.0.0.1:" + closedPort), e.getMessage());
        }
    }

    @Test
    void credentialsComeFromTheSecretsUnderThePrefixAndAreNeverShown() throws Exception {
        String password = "s3cr3t-Pa55";
        try (RedisTestServer secured = RedisTestServer.start(password, false)) {
            String spec = "{\"kind\":\"redisnosql\",\"path\":\"" + secured.url("projects/p/fsets/s") + "\","
                    + "\"credentials_prefix\":\"ONLINE\"}";
            RedisNoSqlTarget target = (RedisNoSqlTarget) registry.readTarget(spec);
            target.withSecrets(MlrunSecrets.from(Map.of("ONLINE_REDIS_PASSWORD", password)::get));
            write(target, List.of("id"), List.of(), EventStream.of(1, i -> row("id", 1, "v", 2)));
            try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
                assertEquals(2L, table.lookup(Map.of("id", 1)).orElseThrow().get("v"));
            }
            assertEquals(spec, registry.writeSpec(target), "the spec holds the prefix, never the password");

            target.withSecrets(MlrunSecrets.from(Map.of("ONLINE_REDIS_PASSWORD", "wrong-" + password)::get));
            IllegalStateException wrong = assertThrows(IllegalStateException.class, () -> Roles.onlineQuery(target).getTableObject());
            assertTrue(wrong.getMessage().contains("refused the credentials"), wrong.getMessage());
            assertFalse(wrong.getMessage().contains(password), "the message never shows the password");

            target.withSecrets(MlrunSecrets.from(name -> null));
            IllegalStateException none = assertThrows(IllegalStateException.class,
                    () -> Roles.storey(target).addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null)));
            assertTrue(none.getMessage().contains("NOAUTH"), none.getMessage());
        }
        BaseStoreTarget inUrl = registry.readTarget("{\"kind\":\"redisnosql\",\"path\":\"redis://u:" + password
                + "@127.0.0.1:1/t\"}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roles.onlineQuery(inUrl).getTableObject());
        assertTrue(e.getMessage().contains("Provide them only as secrets"), e.getMessage());
        assertFalse(e.getMessage().contains(password));
    }

    @Test
    void aRedisRestartMidStreamLosesNothing() throws Exception {
        int events = 20_000;
        try (RedisTestServer durable = RedisTestServer.start(null, true)) {
            BaseStoreTarget target = registry.readTarget("{\"kind\": \"redisnosql\", \"path\": \""
                    + durable.url("projects/p/fsets/restart") + "\"}");
            EventStream stream = EventStream.gated(events, events / 2, i -> row("id", i, "v", i * 2));
            RedisEventWriter writer = (RedisEventWriter) Roles.storey(target)
                    .addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null));
            stream.subscribe(writer);
            Await.until(WAIT, () -> "first half written: " + writer.written(), () -> writer.written() == events / 2);

            durable.stopServer();
            stream.openGate(); // the second half now meets a server that is gone
            Await.until(WAIT, () -> "the writer noticed the outage", () -> writer.connectionLosses() > 0);
            durable.startServer();

            assertEquals(events, Await.result(writer.completion(), WAIT).rows());
            try (Jedis raw = durable.client()) {
                assertEquals(events, raw.dbSize(), "every entity is there: the first half survived on disk, the rest was"
                        + " written after the reconnect");
                String prefix = tablePrefix(target);
                for (int i = 0; i < events; i += 997) {
                    assertEquals(Integer.toString(i * 2), raw.hget(prefix + i + "}:static", "v"));
                }
            }
        }
    }

    @Test
    void aServerThatStaysAwayFailsTheRunLoudlyWithTheCountWritten() throws Exception {
        try (RedisTestServer lost = RedisTestServer.start(null, false)) {
            BaseStoreTarget target = registry.readTarget("{\"kind\": \"redisnosql\", \"path\": \"" + lost.url("t")
                    + "\", \"attributes\": {\"reconnect_seconds\": 1, \"timeout_millis\": 500}}");
            EventStream stream = EventStream.gated(100, 50, i -> row("id", i));
            RedisEventWriter writer = (RedisEventWriter) Roles.storey(target)
                    .addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null));
            stream.subscribe(writer);
            Await.until(WAIT, () -> "half written", () -> writer.written() == 50);
            lost.stopServer();
            stream.openGate();
            ExecutionException e = assertThrows(ExecutionException.class, () -> Await.result(writer.completion(), WAIT));
            String message = e.getCause().getMessage();
            assertTrue(message.contains("failed after 50 events were written"), message);
            assertTrue(message.contains("could not reconnect within 1 s"), message);
            assertTrue(message.contains(lost.url("").replaceFirst("/$", "")), message);
        }
    }

    @Test
    void aLookupOnATargetThatIsNotQueryableIsTheDocumentedException() {
        BaseStoreTarget parquet = registry.readTarget("{\"kind\": \"parquet\", \"path\": \"/tmp/x.parquet\"}");
        EngineNotSupportedException e = assertThrows(EngineNotSupportedException.class, () -> Roles.onlineQuery(parquet));
        assertTrue(e.getMessage().contains("serve online queries"), e.getMessage());
    }
}
