package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.HTTP_CLASS;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.spec.SpecException;
import dev.driverkit.spec.SpecLimits;
import dev.driverkit.testdrivers.KvTestTarget;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a probe with hostile specs found (issue 13), each case now a {@link SpecException} with a short
 * message, or a spec that reads back the way it was written.
 */
class SpecSafetyTest {
    private static Path dir;
    private static RecordingLoader loader;
    private static DriverRegistry registry;

    @BeforeAll
    static void registry() throws IOException {
        dir = Files.createTempDirectory("driverkit-safety");
        loader = loader(root()
                .source("csv", CSV_CLASS, "STOREY")
                .source("http", HTTP_CLASS, "STOREY", "online=true")
                .target("kv", KvTestTarget.class.getName(), "STOREY", "online=true")
                .folder(dir.resolve("classes")));
        registry = DriverRegistry.load(loader);
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
        try (var files = Files.walk(dir)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static SpecException badSource(String json) {
        return assertThrows(SpecException.class, () -> registry.readSource(json));
    }

    private static SpecException badTarget(String json) {
        return assertThrows(SpecException.class, () -> registry.readTarget(json));
    }

    private static String kv(String attributes) {
        return "{\"kind\":\"kv\",\"attributes\":{" + attributes + "}}";
    }

    /** Reads, writes, reads and writes again: the two writes are equal. Returns the first. */
    private static String writtenTwice(String json, Function<String, String> readAndWrite) {
        String first = readAndWrite.apply(json);
        assertEquals(first, readAndWrite.apply(first), "a second write of what was read equals the first");
        return first;
    }

    private static String target(String json) {
        return registry.writeSpec(registry.readTarget(json));
    }

    // ---- times ----

    @Test
    void dateTimesAtTheEdgeOfTheRangeAreSpecErrors() {
        SpecException start = badSource("{\"kind\":\"csv\",\"start_time\":\"-999999999-01-01T00:00:00+18:00\"}");
        assertEquals("$.start_time", start.path());
        assertEquals("Bad spec at $.start_time: expected an ISO-8601 date-time such as 2024-01-01T00:00:00, found"
                + " \"-999999999-01-01T00:00:00+18:00\" (out of range).", start.getMessage());
        assertEquals("$.end_time", badSource("{\"kind\":\"csv\",\"end_time\":\"+999999999-12-31T23:59:59-18:00\"}").path());
        assertEquals("$.updated", badTarget("{\"kind\":\"kv\",\"updated\":\"-999999999-01-01T00:00:00+18:00\"}").path());
        assertEquals("$.attributes.at", badTarget(kv("\"at\":\"+999999999-12-31T23:59:59.999-01:00\"")).path());
        assertEquals("$.attributes.timeout", badTarget(kv("\"timeout\":\"PT9999999999999999999H\"")).path());
        assertEquals("$.attributes.since", badTarget(kv("\"since\":\"+1000000001-01-01T00:00:00Z\"")).path());
        assertEquals("$.attributes.zoned_at", badTarget(kv("\"zoned_at\":\"2024-01-01T00:00:00Z[No/Where]\"")).path());
    }

    @Test
    void theExtremesThatFitReadAndWriteBack() {
        writtenTwice(kv("\"at\":\"+999999999-12-31T23:59:59.999999999\",\"day\":\"-999999999-01-01\","
                + "\"since\":\"-1000000000-01-01T00:00:00Z\",\"timeout\":\"PT-2562047788015215H-30M-8S\""), SpecSafetyTest::target);
    }

    // ---- what messages echo ----

    @Test
    void unknownKeysAndUnparsableValuesAreCutInMessages() {
        String longKey = "k".repeat(SpecLimits.MAX_KEY_CHARS);
        String longText = "v".repeat(900_000);
        List<SpecException> errors = new ArrayList<>();
        errors.add(badSource("{\"kind\":\"csv\",\"" + longKey + "\":1}"));
        errors.add(badSource("{\"kind\":\"csv\",\"attributes\":{\"" + longKey + "\":1}}"));
        errors.add(badSource("{\"kind\":\"csv\",\"start_time\":\"" + longText + "\"}"));
        errors.add(badSource("{\"kind\":\"csv\",\"workers\":\"" + longText + "\"}"));
        errors.add(badSource("{\"kind\":\"csv\",\"workers\":" + "9".repeat(SpecLimits.MAX_NUMBER_CHARS) + "}"));
        errors.add(badTarget(kv("\"mode\":\"" + longText + "\"")));
        errors.add(badTarget(kv("\"ratio\":1" + "0".repeat(500) + "}")));
        errors.add(badTarget(kv("\"" + longKey + "\":{\"a\":1}")));
        for (SpecException e : errors) {
            // bounded whatever the input's size (the kv driver's own 30 attribute names are listed in one)
            assertTrue(e.getMessage().length() < 1000, () -> e.getMessage().length() + " chars: " + e.getMessage().substring(0, 300));
            assertTrue(e.path().length() < 200, e.path());
        }
        assertTrue(errors.get(0).getMessage().contains("unknown key \"" + "k".repeat(80) + "... (1000 chars)\""),
                errors.get(0).getMessage());
        assertEquals("$['" + "k".repeat(80) + "... (1000 chars)']", errors.get(0).path());
    }

    /** Each key is cut, and so is a path of many of them (found by SpecFuzzTest). */
    @Test
    void aPathOfManyLongKeysIsCutInTheMiddle() {
        String key = "k".repeat(90);
        SpecException e = badTarget(kv("\"options\":" + ("{\"" + key + "\":").repeat(50) + "tru"));
        assertTrue(e.path().length() <= 320, e.path().length() + ": " + e.path());
        assertTrue(e.path().startsWith("$.attributes.options['kkkk"), e.path());
        assertTrue(e.path().endsWith("['" + "k".repeat(80) + "... (90 chars)']"), e.path());
        assertTrue(e.path().contains(" chars)..."), e.path());
        assertTrue(e.getMessage().length() < 600, e.getMessage());
    }

    // ---- null ----

    /** An explicit null is "not set": the default stays, so reading and writing again changes nothing. */
    @Test
    void nullLeavesTheDefaultAndWritesAreIdempotent() {
        KvTestTarget kv = assertInstanceOf(KvTestTarget.class, registry.readTarget(kv(
                "\"key_prefix\":null,\"timeout\":null,\"max_retries\":null,\"mode\":null,\"weight\":null,\"columns\":null")));
        KvTestTarget defaults = new KvTestTarget();
        assertEquals(registry.writeSpec(defaults), registry.writeSpec(kv));
        String written = writtenTwice(kv("\"key_prefix\":null,\"retries\":null,\"filter\":null,\"options\":{\"a\":null}"),
                SpecSafetyTest::target);
        assertTrue(written.contains("\"key_prefix\":\"kv:\""), written);
        assertTrue(written.contains("\"options\":{\"a\":null}"), "null inside a value is kept: " + written);

        assertEquals(registry.writeSpec(registry.newSource("csv")),
                registry.writeSpec(registry.readSource("{\"kind\":\"csv\",\"name\":null,\"attributes\":{\"table\":null}}")));
        assertEquals("Bad spec at $.attributes.ttl_seconds: expected a 32-bit integer, found null.",
                badTarget(kv("\"ttl_seconds\":null")).getMessage(), "a primitive has no null");
    }

    // ---- duplicate keys ----

    @Test
    void aKeyTwiceInOneObjectIsAnErrorEverywhere() {
        for (DriverRegistry reader : List.of(registry, registry.lenient())) {
            SpecException kind = assertThrows(SpecException.class,
                    () -> reader.readSource("{\"kind\":\"csv\",\"kind\":\"http\"}"));
            assertEquals("Bad spec at $.kind: the key \"kind\" is in this object twice (line 1, column 21); a key may"
                    + " appear once (readers disagree on which of two wins).", kind.getMessage());
            assertThrows(SpecException.class, () -> reader.readSource("{\"kind\":\"csv\",\"kind\":\"csv\"}"));
            SpecException name = assertThrows(SpecException.class,
                    () -> reader.readSource("{\"name\":\"a\",\"kind\":\"csv\",\"name\":\"b\"}"));
            assertEquals("$.name", name.path());
            SpecException attribute = assertThrows(SpecException.class,
                    () -> reader.readSource("{\"kind\":\"csv\",\"attributes\":{\"table\":\"a\",\"table\":\"b\"}}"));
            assertEquals("$.attributes.table", attribute.path());
            assertThrows(SpecException.class, () -> reader.readSource(
                    "{\"kind\":\"csv\",\"attributes\":{\"table\":\"a\"},\"attributes\":{\"batch_size\":1}}"));
            assertThrows(SpecException.class,
                    () -> reader.readTarget(kv("\"options\":{\"x\":{\"y\":1,\"y\":2}}")));
        }
    }

    // ---- numbers ----

    @Test
    void numbersOfObjectValuesStayExact() {
        KvTestTarget kv = assertInstanceOf(KvTestTarget.class, registry.readTarget(kv("\"filter\":[1e400,"
                + "0.1000000000000000000001,123456789012345678901234567890,-0.0,1.5,0.1,1E-400,-9223372036854775809]")));
        assertEquals(List.of(new BigDecimal("1e400"), new BigDecimal("0.1000000000000000000001"),
                new BigInteger("123456789012345678901234567890"), -0.0, 1.5, 0.1, new BigDecimal("1E-400"),
                new BigInteger("-9223372036854775809")), kv.filterForTest());
        String written = writtenTwice(registry.writeSpec(kv), SpecSafetyTest::target);
        assertTrue(written.contains("\"filter\":[1E+400,0.1000000000000000000001,123456789012345678901234567890,"
                + "-0.0,1.5,0.1,1E-400,-9223372036854775809]"), written);

        assertEquals("Bad spec at $.attributes.filter[0]: expected a number, found 1e4000000000291 (out of range).",
                badTarget(kv("\"filter\":[1e4000000000291]")).getMessage(), "no BigDecimal holds it");

        String lenient = registry.lenient().writeSpec(registry.lenient().readSource(
                "{\"kind\":\"csv\",\"attributes\":{\"x\":1e400,\"y\":3.14159265358979323846264338327950288}}"));
        assertTrue(lenient.contains("\"x\":1E+400,\"y\":3.14159265358979323846264338327950288"), lenient);
    }

    @Test
    void doublesAndFloatsBeyondTheirRangeAreSpecErrors() {
        assertEquals("Bad spec at $.attributes.ratio: expected a number, found 1e400 (out of range).",
                badTarget(kv("\"ratio\":1e400")).getMessage());
        assertEquals("Bad spec at $.attributes.load_factor: expected a 32-bit floating-point number, found 1e39 (out of"
                + " range).", badTarget(kv("\"load_factor\":1e39")).getMessage());
        assertEquals("$.attributes.weight", badTarget(kv("\"weight\":-1e309")).path());
        writtenTwice(kv("\"ratio\":1e308,\"load_factor\":3.4e38,\"jitter\":1e-50"), SpecSafetyTest::target);
    }

    // ---- limits ----

    @Test
    void nestingBeyondTheLimitIsASpecErrorWithoutRecursingDeep() {
        // the spec object, "attributes" and the filter's arrays: at most MAX_NESTING_DEPTH in all
        int allowed = SpecLimits.MAX_NESTING_DEPTH - 2;
        writtenTwice(kv("\"filter\":" + "[".repeat(allowed) + "]".repeat(allowed)), SpecSafetyTest::target);
        SpecException deeper = badTarget(kv("\"filter\":" + "[".repeat(allowed + 1) + "]".repeat(allowed + 1)));
        assertTrue(deeper.getMessage().contains("nesting depth"), deeper.getMessage());
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            badTarget(kv("\"filter\":" + "[".repeat(1_000_000)));
            badTarget("{\"kind\":\"kv\",\"x\":" + "{\"a\":".repeat(500_000));
            assertThrows(SpecException.class, () -> registry.lenient().readSource(
                    "{\"kind\":\"csv\",\"unknown\":" + "[".repeat(1_000_000) + "]".repeat(1_000_000) + "}"));
        });
    }

    @Test
    void aValueTooDeepToReadBackIsNotWritten() {
        KvTestTarget kv = (KvTestTarget) registry.newTarget("kv");
        Object nested = List.of();
        for (int i = 0; i < SpecLimits.MAX_NESTING_DEPTH; i++) {
            nested = List.of(nested);
        }
        kv.filterForTest(nested);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> registry.writeSpec(kv));
        assertTrue(e.getMessage().startsWith("Cannot write the kv spec: "), e.getMessage());
    }

    @Test
    void hugeStringsNumbersKeysAndDocumentsAreSpecErrors() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            SpecException string = badSource("{\"kind\":\"csv\",\"name\":\"" + "s".repeat(SpecLimits.MAX_STRING_CHARS + 1) + "\"}");
            assertEquals("$.name", string.path());
            assertTrue(string.getMessage().contains("String value length"), string.getMessage());
            SpecException number = badTarget(kv("\"filter\":" + "7".repeat(SpecLimits.MAX_NUMBER_CHARS + 1)));
            assertTrue(number.getMessage().contains("Number value length"), number.getMessage());
            SpecException key = badSource("{\"kind\":\"csv\",\"" + "k".repeat(SpecLimits.MAX_KEY_CHARS + 1) + "\":1}");
            assertTrue(key.getMessage().contains("Name length"), key.getMessage());
            String document = "{\"kind\":\"csv\",\"name\":\"" + " ".repeat(SpecLimits.MAX_DOCUMENT_CHARS) + "\"}";
            assertEquals("$", badSource(document).path());
            assertNull(badSource(document).suggestion());
        });
        writtenTwice("{\"kind\":\"csv\",\"name\":\"" + "s".repeat(SpecLimits.MAX_STRING_CHARS) + "\"}",
                json -> registry.writeSpec(registry.readSource(json)));
    }

    // ---- every type ----

    @Test
    void everyTypeOfTheTableReadsAndWritesBack() {
        String json = "{\"kind\":\"kv\",\"name\":\"n\",\"attributes\":{\"key_prefix\":\"p:\",\"compress\":true,\"sync\":false,"
                + "\"level\":-128,\"shards\":32767,\"ttl_seconds\":60,\"max_keys\":7,\"max_bytes\":9223372036854775807,"
                + "\"quota\":-9223372036854775808,\"load_factor\":0.5,\"jitter\":0.25,\"ratio\":0.1,\"weight\":2.5,"
                + "\"separator\":\"|\",\"quote\":\"'\",\"mode\":\"SAFE\",\"since\":\"2024-01-01T00:00:00Z\","
                + "\"day\":\"2024-02-29\",\"at\":\"2024-01-01T10:00:00\",\"time\":\"13:45:00\","
                + "\"offset_at\":\"2024-01-01T00:00:00+02:00\",\"zoned_at\":\"2024-01-01T00:00:00+01:00[Europe/Paris]\","
                + "\"timeout\":\"PT15M\",\"filter\":{\"a\":[1,\"x\",null,true]},\"columns\":[\"a\",null],"
                + "\"modes\":[\"FAST\",\"SAFE\"],\"options\":{\"o\":1.5},\"filters\":[[\"ts\",\">\",0]],"
                + "\"buckets\":{\"b\":[1,2]},\"max_retries\":5}}";
        assertEquals(json, writtenTwice(json, SpecSafetyTest::target));
        BaseStoreTarget read = registry.readTarget(json.replace("\"max_retries\":5", "\"retries\":5"));
        assertEquals(json, registry.writeSpec(read), "an alias reads as its field");
        assertEquals(Map.of("o", 1.5), ((KvTestTarget) read).optionsForTest());
    }
}
