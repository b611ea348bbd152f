package dev.driverkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as a user types it: output, one clear line for each kind of mistake, exit codes. */
class MainTest {
    @TempDir
    static Path folder;
    static Path csv;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeAll
    static void data() throws IOException {
        csv = folder.resolve("people.csv");
        Files.writeString(csv, "id,name,score\n1,ann,0.5\n2,bob,0.75\n3,cy,1.0\n");
    }

    static String csvSpec() {
        return "{\"kind\": \"csv\", \"path\": \"" + csv + "\", \"key_field\": \"id\"}";
    }

    @Test
    void helpListsTheRegisteredKindsWithTheirEngines() {
        Run run = run("--help");
        assertEquals(0, run.code());
        assertTrue(run.out().contains("usage: driverkit ingest --source SPEC"), run.out());
        assertTrue(run.out().contains("  sources: csv [storey, spark, pandas], "), run.out());
        assertTrue(run.out().contains(", parquet [spark, pandas], "), run.out());
        assertTrue(run.out().contains("  targets: ") && run.out().contains("memory [storey, spark, pandas], parquet [storey, spark]"),
                run.out());
    }

    @Test
    void ingestThenGetTheVector() throws IOException {
        Path target = folder.resolve("people-target.json");
        Files.writeString(target, "{\"kind\": \"memory\", \"name\": \"cli-people\"}");
        Run ingest = run("ingest", "--source", csvSpec(), "--target", "@" + target, "--engine", "pandas");
        assertEquals(0, ingest.code(), ingest.err());
        assertTrue(ingest.out().startsWith("ingested csv on PANDAS in "), ingest.out());
        assertTrue(ingest.out().contains("  memory 'cli-people': 3 rows in "), ingest.out());

        Run get = run("get", "--target", "@" + target, "--key", "id=2");
        assertEquals(0, get.code(), get.err());
        assertEquals("{\"id\":2,\"name\":\"bob\",\"score\":0.75}", get.out().strip());
        Run unknown = run("get", "--target", "@" + target, "--key", "id=99");
        assertEquals("{}", unknown.out().strip(), "an unknown entity is an empty vector");
    }

    @Test
    void storeyIsTheDefaultEngineAndMaxEventsStopsIt() {
        Run run = run("ingest", "--source", csvSpec(), "--target", "{\"kind\": \"memory\", \"name\": \"cli-two\"}",
                "--max-events", "2");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("ingested csv on STOREY"), run.out());
        assertTrue(run.out().contains("memory 'cli-two': 2 rows"), run.out());
    }

    @Test
    void aMisspeltKindIsOneLineWithTheNearestKind() {
        Run run = run("ingest", "--source", "{\"kind\": \"cvs\", \"path\": \"x\"}", "--target", "{\"kind\": \"memory\"}");
        assertEquals(1, run.code());
        String err = run.err().strip();
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.startsWith("driverkit: Bad spec at $.kind: Unknown source kind 'cvs'."), err);
        assertTrue(err.contains("Known source kinds: csv, ") && err.contains("Did you mean 'csv'?"), err);
    }

    @Test
    void malformedJsonIsOneLine() {
        Run run = run("ingest", "--source", "{\"kind\": \"csv\",", "--target", "{\"kind\": \"memory\"}");
        assertEquals(1, run.code());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().startsWith("driverkit: Bad spec at $: malformed JSON"), run.err());
    }

    @Test
    void anEngineATargetLacksIsRefusedBeforeReading() {
        Run run = run("ingest", "--source", "{\"kind\": \"csv\", \"path\": \"" + folder.resolve("absent.csv") + "\"}",
                "--target", "{\"kind\": \"parquet\", \"path\": \"" + folder.resolve("p") + "/\"}", "--engine", "pandas");
        assertEquals(1, run.code());
        assertTrue(run.err().startsWith("driverkit: The 'parquet' driver (dev.driverkit.examples.parquet.ParquetTarget) cannot"
                + " be written on Engine.PANDAS; it supports Engine.STOREY, Engine.SPARK."), run.err());
    }

    @Test
    void aMissingDataFileIsOneLineNamingIt() {
        Run run = run("ingest", "--source", "{\"kind\": \"csv\", \"path\": \"" + folder.resolve("absent.csv") + "\"}",
                "--target", "{\"kind\": \"memory\"}", "--engine", "pandas");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("absent.csv"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void appendOnATargetThatCannotAppendIsRefused() {
        Run run = run("ingest", "--source", csvSpec(), "--target", "{\"kind\": \"memory\", \"name\": \"cli-a\"}",
                "--append", "--engine", "pandas");
        assertEquals(0, run.code(), "memory appends: " + run.err());
    }

    @Test
    void commandLineMistakesExitWith2() {
        assertEquals(2, run("ingest", "--target", "{}").code());
        assertEquals(2, run("ingest", "--source", "{}").code());
        assertEquals(2, run("ingest", "--source", "@" + folder.resolve("none.json"), "--target", "{}").code());
        assertEquals(2, run("ingest", "--source", "{}", "--target", "{}", "--engine", "dask").code());
        assertEquals(2, run("ingest", "--bogus").code());
        assertEquals(2, run("get", "--target", "{}", "--key", "novalue").code());
        assertEquals(2, run("frobnicate").code());
        Run engine = run("ingest", "--source", "{}", "--target", "{}", "--engine", "dask");
        assertEquals("driverkit: unknown engine 'dask'; the engines are storey, pandas and spark (driverkit --help"
                + " shows the usage)", engine.err().strip());
    }
}
