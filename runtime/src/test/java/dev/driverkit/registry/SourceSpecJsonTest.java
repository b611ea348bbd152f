package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.HTTP_CLASS;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.spec.SpecException;
import dev.driverkit.testdrivers.CsvTestSource;
import dev.driverkit.testdrivers.HttpTestSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Source spec JSON in MLRun's dictionary shape, read and written through the registry. */
class SourceSpecJsonTest {
    private static Path dir;
    private static RecordingLoader loader;
    private static DriverRegistry registry;

    @BeforeAll
    static void registry() throws IOException {
        dir = Files.createTempDirectory("driverkit-spec");
        Path classes = root()
                .source("csv", CSV_CLASS, "STOREY,SPARK")
                .source("http", HTTP_CLASS, "STOREY", "online=true")
                .target("parquet", "x.ParquetTarget", "SPARK")
                .folder(dir.resolve("classes"));
        loader = loader(classes);
        registry = DriverRegistry.load(loader);
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static SpecException bad(String json) {
        return assertThrows(SpecException.class, () -> registry.readSource(json));
    }

    // ---- reading ----

    @Test
    void readsEveryCommonFieldInSnakeCase() {
        BaseSourceDriver driver = registry.readSource("""
                {"kind": "csv", "name": "mycsv", "path": "v3io:///projects/p/data.csv",
                 "attributes": {"table": "t1", "batch_size": 5, "columns": ["a", "b"]},
                 "key_field": "id", "time_field": "ts", "schedule": "*/5 * * * *",
                 "workers": 4, "max_age": 3600,
                 "start_time": "2016-05-24T22:00:00.000Z", "end_time": "2024-01-01T00:00:00",
                 "credentials_prefix": "CREDS_"}
                """);
        CsvTestSource csv = assertInstanceOf(CsvTestSource.class, driver);
        assertEquals("mycsv", csv.getName());
        assertEquals("v3io:///projects/p/data.csv", csv.getPath());
        assertEquals("id", csv.getKeyField());
        assertEquals("ts", csv.getTimeField());
        assertEquals("*/5 * * * *", csv.getSchedule());
        assertEquals(4, csv.getWorkers());
        assertEquals(3600, csv.getMaxAge());
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 0), csv.getStartTime());
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), csv.getEndTime());
        assertEquals("CREDS_", csv.getCredentialsPrefix());
        assertEquals("t1", csv.table());
        assertEquals(5, csv.batchSize());
        assertEquals(List.of("a", "b"), csv.columns());
        assertEquals(Map.of(), csv.getExtraAttributes());
    }

    @Test
    void timesWithAnOffsetAreReadAsUtc() {
        BaseSourceDriver driver = registry.readSource("""
                {"kind": "csv", "start_time": "2016-05-25T00:30:00+02:00", "end_time": "2016-05-24T22:00:00.000Z"}
                """);
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 30), driver.getStartTime());
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 0), driver.getEndTime());
    }

    @Test
    void nullsAndMissingFieldsLeaveDefaults() {
        CsvTestSource csv = assertInstanceOf(CsvTestSource.class, registry.readSource("""
                {"name": null, "kind": "csv", "workers": null, "attributes": null, "start_time": null}
                """));
        assertNull(csv.getName());
        assertNull(csv.getWorkers());
        assertNull(csv.getStartTime());
        assertEquals(1000, csv.batchSize());
    }

    @Test
    void kindNeedNotComeFirst() {
        BaseSourceDriver driver = registry.readSource("{\"name\": \"n\", \"attributes\": {\"table\": \"t\"}, \"kind\": \"csv\"}");
        assertEquals("t", ((CsvTestSource) driver).table());
        assertEquals("n", driver.getName());
    }

    @Test
    void onlineIsAcceptedOnReadAndDerivedFromTheClass() {
        assertFalse(registry.readSource("{\"kind\": \"csv\", \"online\": true}").isOnline());
        BaseSourceDriver http = registry.readSource("{\"kind\": \"http\", \"online\": false, \"path\": \"/x\"}");
        assertInstanceOf(HttpTestSource.class, http);
        assertTrue(http.isOnline());
    }

    // ---- writing ----

    @Test
    void writesMlrunShape() {
        CsvTestSource csv = (CsvTestSource) registry.newSource("csv");
        csv.setName("mycsv");
        csv.setPath("s3://b/data.csv");
        csv.table("t1");
        csv.batchSize(5);
        csv.columns(List.of("a", "b"));
        csv.setKeyField("id");
        csv.setTimeField("ts");
        csv.setSchedule("*/5 * * * *");
        csv.setWorkers(4);
        csv.setMaxAge(3600);
        csv.setStartTime(LocalDateTime.of(2016, 5, 24, 22, 0, 0));
        csv.setEndTime(LocalDateTime.of(2024, 1, 1, 0, 0, 30, 500_000_000));
        csv.setCredentialsPrefix("CREDS_");
        assertEquals("{\"kind\":\"csv\",\"name\":\"mycsv\",\"path\":\"s3://b/data.csv\","
                + "\"attributes\":{\"table\":\"t1\",\"batch_size\":5,\"columns\":[\"a\",\"b\"]},"
                + "\"key_field\":\"id\",\"time_field\":\"ts\",\"schedule\":\"*/5 * * * *\",\"workers\":4,"
                + "\"max_age\":3600,\"start_time\":\"2016-05-24T22:00:00\",\"end_time\":\"2024-01-01T00:00:30.5\","
                + "\"credentials_prefix\":\"CREDS_\"}", registry.writeSpec(csv));
    }

    @Test
    void nullsAreLeftOutAndEmptyStringsZerosAndFalseKept() {
        CsvTestSource csv = (CsvTestSource) registry.newSource("csv");
        assertEquals("{\"kind\":\"csv\",\"attributes\":{\"batch_size\":1000}}", registry.writeSpec(csv));
        csv.setName("");
        csv.setWorkers(0);
        csv.setMaxAge(0);
        csv.batchSize(0);
        csv.table("");
        csv.columns(List.of());
        assertEquals("{\"kind\":\"csv\",\"name\":\"\",\"attributes\":{\"table\":\"\",\"batch_size\":0,\"columns\":[]},"
                + "\"workers\":0,\"max_age\":0}", registry.writeSpec(csv));
    }

    @Test
    void onlineTrueOnlyForOnlineSources() {
        BaseSourceDriver http = registry.newSource("http");
        http.setName("h");
        http.setMaxAge(10);
        assertEquals("{\"kind\":\"http\",\"name\":\"h\",\"online\":true,\"max_age\":10}", registry.writeSpec(http));
        assertFalse(registry.writeSpec(registry.newSource("csv")).contains("online"));
    }

    @Test
    void driverWithoutAttributesWritesNoAttributesKey() {
        assertEquals("{\"kind\":\"http\",\"online\":true}", registry.writeSpec(registry.newSource("http")));
    }

    /**
     * Times are written with {@code LocalDateTime.toString()}: ISO-8601, but zero seconds are left out
     * ({@code 2024-01-01T00:00}) where Python's {@code isoformat()} writes {@code 2024-01-01T00:00:00}.
     * Python's {@code datetime.fromisoformat} reads both; the written text differs from MLRun's.
     */
    @Test
    void roundTrip() {
        String json = "{\"kind\":\"csv\",\"name\":\"mycsv\",\"path\":\"v3io:///projects/p/data.csv\","
                + "\"attributes\":{\"table\":\"t\",\"batch_size\":7,\"columns\":[\"x\"]},\"key_field\":\"id\","
                + "\"time_field\":\"ts\",\"start_time\":\"2024-01-01T00:00:01\",\"credentials_prefix\":\"\"}";
        assertEquals(json, registry.writeSpec(registry.readSource(json)));
        BaseSourceDriver again = registry.readSource(registry.writeSpec(registry.readSource(json)));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0, 1), again.getStartTime());

        String mlrun = "{\"kind\": \"csv\", \"start_time\": \"2016-05-24T22:00:00.000Z\"}";
        String written = registry.writeSpec(registry.readSource(mlrun));
        assertEquals("{\"kind\":\"csv\",\"attributes\":{\"batch_size\":1000},\"start_time\":\"2016-05-24T22:00:00\"}",
                written);
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 0), registry.readSource(written).getStartTime());
    }

    // ---- lenient mode ----

    @Test
    void lenientIgnoresUnknownKeysAndKeepsUnknownAttributes() {
        DriverRegistry lenient = registry.lenient();
        BaseSourceDriver driver = lenient.readSource("""
                {"kind": "csv", "key_feild": "x", "status": {"state": "ready"},
                 "attributes": {"table": "t", "parse_dates": ["ts"], "chunksize": 10000, "sep": ";",
                                "ratio": 0.5, "big": 123456789012345678901234567890, "opts": {"a": null, "b": true}}}
                """);
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("parse_dates", List.of("ts"));
        extras.put("chunksize", 10000L);
        extras.put("sep", ";");
        extras.put("ratio", 0.5);
        extras.put("big", new java.math.BigInteger("123456789012345678901234567890"));
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("a", null);
        opts.put("b", true);
        extras.put("opts", opts);
        assertEquals(extras, driver.getExtraAttributes());
        assertNull(driver.getKeyField());
        assertEquals("{\"kind\":\"csv\",\"attributes\":{\"table\":\"t\",\"batch_size\":1000,\"parse_dates\":[\"ts\"],"
                + "\"chunksize\":10000,\"sep\":\";\",\"ratio\":0.5,\"big\":123456789012345678901234567890,"
                + "\"opts\":{\"a\":null,\"b\":true}}}", lenient.writeSpec(driver));
    }

    @Test
    void lenientStillRejectsWrongTypes() {
        SpecException e = assertThrows(SpecException.class,
                () -> registry.lenient().readSource("{\"kind\": \"csv\", \"workers\": \"4\"}"));
        assertEquals("$.workers", e.path());
    }

    // ---- errors ----

    @Test
    void malformedJsonNamesPathLineAndColumn() {
        SpecException e = bad("{\n  \"kind\": \"csv\",\n  \"name\": \"x\"\n  \"path\": \"p\"\n}");
        assertEquals("$", e.path(), "a missing comma is between the entries, not in $.name");
        assertTrue(e.getMessage().startsWith("Bad spec at $: malformed JSON (line 4, column 3): Unexpected"
                + " character ('\"' (code 34)): was expecting comma to separate Object entries"), e.getMessage());
        assertInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class, e.getCause());
    }

    @Test
    void malformedJsonInsideAttributes() {
        SpecException e = bad("{\"kind\": \"csv\", \"attributes\": {\"columns\": [\"a\", ]}}");
        assertEquals("$.attributes.columns[1]", e.path());
        assertTrue(e.getMessage().startsWith("Bad spec at $.attributes.columns[1]: malformed JSON (line 1, column "),
                e.getMessage());
    }

    @Test
    void malformedJsonBeforeTheKind() {
        SpecException e = bad("{\"name\": tru, \"kind\": \"csv\"}");
        assertEquals("$.name", e.path());
        assertTrue(e.getMessage().startsWith("Bad spec at $.name: malformed JSON (line 1, column "), e.getMessage());
        assertTrue(e.getMessage().contains("Unrecognized token 'tru'"), e.getMessage());
    }

    @Test
    void unterminatedObject() {
        SpecException e = bad("{\"kind\": \"csv\", \"name\": \"x\"");
        assertEquals("$", e.path());
        assertTrue(e.getMessage().startsWith("Bad spec at $: malformed JSON (line 1, column "), e.getMessage());
    }

    /** Cut off or broken between two entries: the path is the enclosing object's, not its last key's. */
    @Test
    void malformedBetweenEntriesNamesTheEnclosingObject() {
        assertEquals("$", bad("{\"kind\": \"csv\", \"name\": \"x\",").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"name\": \"x\", ").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"workers\": 4,").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"workers\": 4").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"name\": \"x\", path: \"p\"}").path(), "unquoted key");
        assertEquals("$", bad("{\"kind\": \"csv\", \"name\": \"x\",}").path(), "trailing comma");
        assertEquals("$", bad("{\"kind\": \"csv\", \"name\": \"a\\\"b\",").path(), "an escaped quote in the value");
        assertEquals("$", bad("{\"name\": \"x\",").path(), "before the kind");
        assertEquals("$.attributes", bad("{\"kind\": \"csv\", \"attributes\": {\"table\": \"t\",").path());
        assertEquals("$.attributes", bad("{\"kind\": \"csv\", \"attributes\": {\"columns\": [\"a\"]").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"attributes\": {\"table\": \"t\"}").path());
        assertEquals("$", bad("{\"kind\": \"csv\", \"attributes\": {\"table\": \"t\"} \"name\": \"x\"}").path());
        assertEquals("$.attributes.columns[1]", bad("{\"kind\": \"csv\", \"attributes\": {\"columns\": [\"a\",").path());
    }

    /** A fault inside a value keeps the value's path, strings (which Jackson reads lazily) included. */
    @Test
    void malformedInsideAValueNamesTheValue() {
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\": \"ab").path(), "no closing quote");
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\": \"a\\qb\"}").path(), "bad escape");
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\": \"a\\\"").path(), "escaped quote, then the end");
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\": \"a\nb\"}").path(), "raw line break");
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\"").path(), "key without a value");
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\": ").path());
        assertEquals("$.name", bad("{\"kind\": \"csv\", \"name\" \"x\"}").path(), "missing colon");
        assertEquals("$.attributes.table", bad("{\"kind\": \"csv\", \"attributes\": {\"table\": tru}}").path());
        assertEquals("$.attributes.table", bad("{\"kind\": \"csv\", \"attributes\": {\"table\": \"t").path());
        assertEquals("$.name", bad("{\"name\": \"ab").path(), "before the kind");
    }

    @Test
    void wrongTypeOfACommonField() {
        SpecException e = bad("{\"kind\": \"csv\", \"workers\": \"four\"}");
        assertEquals("$.workers", e.path());
        assertEquals("Bad spec at $.workers: expected a 32-bit integer, found the string \"four\".", e.getMessage());
        assertNull(e.suggestion());

        assertEquals("Bad spec at $.name: expected a string, found the number 3.",
                bad("{\"kind\": \"csv\", \"name\": 3}").getMessage());
        assertEquals("Bad spec at $.online: expected true or false, found the string \"yes\".",
                bad("{\"kind\": \"csv\", \"online\": \"yes\"}").getMessage());
        assertEquals("Bad spec at $.start_time: expected an ISO-8601 date-time such as 2024-01-01T00:00:00, found"
                + " \"yesterday\".", bad("{\"kind\": \"csv\", \"start_time\": \"yesterday\"}").getMessage());
        assertEquals("Bad spec at $.max_age: expected a 32-bit integer, found 4294967296 (out of range).",
                bad("{\"kind\": \"csv\", \"max_age\": 4294967296}").getMessage());
    }

    @Test
    void wrongTypeOfAnAttribute() {
        assertEquals("Bad spec at $.attributes.batch_size: expected a 32-bit integer, found the boolean true.",
                bad("{\"kind\": \"csv\", \"attributes\": {\"batch_size\": true}}").getMessage());
        assertEquals("Bad spec at $.attributes.columns[1]: expected a string, found an object.",
                bad("{\"kind\": \"csv\", \"attributes\": {\"columns\": [\"a\", {}]}}").getMessage());
        assertEquals("Bad spec at $.attributes: expected an object, found an array.",
                bad("{\"kind\": \"csv\", \"attributes\": []}").getMessage());
    }

    @Test
    void unknownTopLevelKeySuggestsTheNearest() {
        SpecException e = bad("{\"kind\": \"csv\", \"key_feild\": \"id\"}");
        assertEquals("$.key_feild", e.path());
        assertEquals("key_field", e.suggestion());
        assertEquals("Bad spec at $.key_feild: unknown key \"key_feild\" (a driver's own settings go inside"
                + " \"attributes\"; read leniently to ignore unknown keys). Did you mean 'key_field'?", e.getMessage());

        SpecException far = bad("{\"kind\": \"csv\", \"brokers\": [\"b:9092\"]}");
        assertNull(far.suggestion());
        assertEquals("$.brokers", far.path());
        assertEquals("attributes", bad("{\"kind\": \"csv\", \"atributes\": {}}").suggestion());
    }

    @Test
    void unknownKeyWithCharactersThatNeedQuotingInThePath() {
        SpecException e = bad("{\"kind\": \"csv\", \"key field\": \"id\"}");
        assertEquals("$['key field']", e.path());
        assertEquals("key_field", e.suggestion());
    }

    @Test
    void unknownAttributeSuggestsTheNearest() {
        SpecException e = bad("{\"kind\": \"csv\", \"attributes\": {\"tabel\": \"t\"}}");
        assertEquals("$.attributes.tabel", e.path());
        assertEquals("table", e.suggestion());
        assertEquals("Bad spec at $.attributes.tabel: the csv driver has no attribute \"tabel\"; its attributes are"
                + " [table, batch_size, columns] (read leniently to keep unknown attributes as they are). Did you"
                + " mean 'table'?", e.getMessage());
    }

    @Test
    void emptyInput() {
        assertEquals("Bad spec at $: the spec is empty: expected a JSON object.", bad("").getMessage());
        assertEquals("Bad spec at $: the spec is empty: expected a JSON object.", bad(" \n\t ").getMessage());
    }

    @Test
    void arrayInsteadOfObject() {
        SpecException e = bad("[{\"kind\": \"csv\"}]");
        assertEquals("$", e.path());
        assertEquals("Bad spec at $: expected a JSON object, found an array.", e.getMessage());
        assertEquals("Bad spec at $: expected a JSON object, found the string \"csv\".", bad("\"csv\"").getMessage());
        assertEquals("Bad spec at $: expected a JSON object, found null.", bad("null").getMessage());
    }

    @Test
    void trailingContent() {
        assertEquals("Bad spec at $: unexpected content after the spec object.",
                bad("{\"kind\": \"csv\"} {\"kind\": \"csv\"}").getMessage());
        assertEquals("Bad spec at $: unexpected content after the spec object.",
                bad("{\"kind\": \"csv\"} 42").getMessage());
        SpecException garbage = bad("{\"kind\": \"csv\"} x");
        assertEquals("$", garbage.path());
        assertTrue(garbage.getMessage().startsWith("Bad spec at $: malformed JSON (line 1, column "),
                garbage.getMessage());
        assertEquals("csv", registry.readSource("{\"kind\": \"csv\"}\n  \n").kind(), "trailing white space is fine");
    }

    @Test
    void missingEmptyOrMistypedKind() {
        assertEquals("Bad spec at $: the spec has no \"kind\": name the driver, e.g. \"kind\": \"csv\".",
                bad("{\"name\": \"x\", \"attributes\": {\"kind\": \"csv\"}}").getMessage());
        assertEquals("Bad spec at $: the spec has no \"kind\": name the driver, e.g. \"kind\": \"csv\".",
                bad("{}").getMessage());
        assertEquals("Bad spec at $.kind: the kind is empty: name the driver, e.g. \"kind\": \"csv\".",
                bad("{\"kind\": \"\"}").getMessage());
        assertEquals("Bad spec at $.kind: the kind is empty: name the driver, e.g. \"kind\": \"csv\".",
                bad("{\"kind\": null}").getMessage());
        assertEquals("Bad spec at $.kind: expected a string, found the number 1.", bad("{\"kind\": 1}").getMessage());
    }

    @Test
    void unknownKindSuggestsTheNearest() {
        SpecException e = bad("{\"kind\": \"cvs\"}");
        assertEquals("$.kind", e.path());
        assertEquals("csv", e.suggestion());
        assertEquals("Bad spec at $.kind: Unknown source kind 'cvs'. Known source kinds: csv, http. Did you mean"
                + " 'csv'?", e.getMessage());
        assertEquals("cvs", ((DriverLookupException) e.getCause()).kind());
    }
}
