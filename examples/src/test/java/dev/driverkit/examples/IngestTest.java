package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.Engine;
import dev.driverkit.engine.EngineNotSupportedException;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.ingest.Ingest;
import dev.driverkit.ingest.IngestException;
import dev.driverkit.ingest.IngestResult;
import dev.driverkit.ingest.OnlineLookup;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every example driver driven by the generic ingest, through the registry and the roles only: the rows
 * that arrive are the rows the source gives when read directly (checksums), on each engine.
 */
class IngestTest {
    @TempDir
    static Path folder;
    static String csvSpec;
    static RowChecksum direct;
    static final DriverRegistry REGISTRY = DriverRegistry.load();

    @BeforeAll
    static void sample() {
        Path sample = SampleData.write(folder.resolve("transactions.csv"));
        csvSpec = "{\"kind\": \"csv\", \"name\": \"transactions\", \"path\": \"" + json(sample)
                + "\", \"key_field\": \"id\", \"time_field\": \"ts\"}";
        direct = RowChecksum.of(Roles.pandas(REGISTRY.readSource(csvSpec)).toDataframe(ReadRequest.all()));
        assertEquals(SampleData.ROWS, direct.rows());
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void csvIntoMemoryOnEveryEngineThenLookedUp(Engine engine) {
        String memory = memory("customers-" + engine);
        IngestResult result = Ingest.with(REGISTRY).source(csvSpec).target(memory)
                .sparkSession(SharedSpark.session()).run(engine);

        assertEquals(1, result.targets().size());
        assertEquals(SampleData.ROWS, result.targets().get(0).rows(), result.targets().toString());
        RowChecksum written = RowChecksum.of(Roles.offlineQuery(REGISTRY.readTarget(memory)).asDf(ReadRequest.all()));
        assertEquals(direct, written, engine + " wrote other rows than the csv source reads");
        try (OnlineLookup lookup = OnlineLookup.open(REGISTRY, List.of(memory))) {
            Map<String, Object> vector = lookup.get(Map.of("id", 7));
            assertEquals(7, ((Number) vector.get("id")).intValue(), vector.toString());
            assertTrue(vector.containsKey("amount") && vector.containsKey("category"), vector.toString());
            assertEquals(Map.of(), lookup.get(Map.of("id", -1)), "an unknown entity is an empty vector");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"STOREY", "SPARK"})
    void csvIntoParquetAndMemoryAtOnce(Engine engine) {
        Path parquet = folder.resolve("history-" + engine);
        String memory = memory("latest-" + engine);
        IngestResult result = Ingest.with(REGISTRY).source(csvSpec)
                .target("{\"kind\": \"parquet\", \"name\": \"history\", \"path\": \"" + json(parquet) + "/\"}")
                .target(memory)
                .sparkSession(SharedSpark.session()).run(engine);

        assertEquals(List.of("parquet", "memory"), result.targets().stream().map(t -> t.kind()).toList());
        result.targets().forEach(target -> assertEquals(SampleData.ROWS, target.rows(), target.summary()));
        String parquetSource = "{\"kind\": \"parquet\", \"path\": \"" + json(parquet) + "/\"}";
        assertEquals(direct, RowChecksum.of(Roles.spark(REGISTRY.readSource(parquetSource))
                .toSparkDf(SharedSpark.session(), ReadRequest.all())), "parquet read back");
        assertEquals(direct, RowChecksum.of(Roles.offlineQuery(REGISTRY.readTarget(memory)).asDf(ReadRequest.all())));
    }

    @ParameterizedTest
    @EnumSource(value = Engine.class, names = {"PANDAS", "SPARK"})
    void parquetSourceIntoMemory(Engine engine) {
        Path parquet = folder.resolve("source-" + engine);
        Ingest.with(REGISTRY).source(csvSpec).target("{\"kind\": \"parquet\", \"path\": \"" + json(parquet) + "/\"}")
                .sparkSession(SharedSpark.session()).run(Engine.SPARK);
        String source = "{\"kind\": \"parquet\", \"path\": \"" + json(parquet) + "/\"}";
        String memory = memory("from-parquet-" + engine);
        IngestResult result = Ingest.with(REGISTRY).source(source).target(memory)
                .sparkSession(SharedSpark.session()).run(engine);
        assertEquals(SampleData.ROWS, result.targets().get(0).rows());
        assertEquals(direct, RowChecksum.of(Roles.offlineQuery(REGISTRY.readTarget(memory)).asDf(ReadRequest.all())),
                engine.toString());
    }

    @Test
    void aTargetWithoutTheEngineIsRefusedBeforeAnythingIsRead() {
        String missingFile = "{\"kind\": \"csv\", \"path\": \"" + json(folder.resolve("not-there.csv")) + "\"}";
        EngineNotSupportedException e = assertThrows(EngineNotSupportedException.class,
                () -> Ingest.with(REGISTRY).source(missingFile).target(memory("x"))
                        .target("{\"kind\": \"parquet\", \"path\": \"" + json(folder.resolve("p")) + "/\"}")
                        .run(Engine.PANDAS));
        assertTrue(e.getMessage().startsWith("The 'parquet' driver (dev.driverkit.examples.parquet.ParquetTarget) cannot be"
                + " written on Engine.PANDAS"), e.getMessage());
    }

    @Test
    void aFailingWriterFailsTheRunWithItsCauseAndTheOtherTargetKeepsNoPartialBatch() throws IOException {
        Path parquet = folder.resolve("partial");
        String keyless = "{\"kind\": \"csv\", \"path\": \"" + json(folder.resolve("transactions.csv")) + "\"}";
        IngestException e = assertThrows(IngestException.class, () -> Ingest.with(REGISTRY).source(keyless)
                .target("{\"kind\": \"parquet\", \"path\": \"" + json(parquet) + "/\", \"max_events\": 100000}")
                .target("{\"kind\": \"memory\", \"name\": \"keyless\", \"attributes\": {\"key_column\": \"nope\"}}")
                .run(Engine.STOREY));
        assertInstanceOf(IllegalArgumentException.class, e.getCause(), e.toString());
        assertTrue(e.getMessage().contains("has no key (no event key and no 'nope' value)"), e.getMessage());
        List<Path> files = new ArrayList<>();
        if (Files.exists(parquet)) {
            try (Stream<Path> walk = Files.walk(parquet)) {
                walk.filter(p -> p.toString().endsWith(".parquet")).forEach(files::add);
            }
        }
        assertEquals(List.of(), files, "the parquet writer was told the run failed and wrote nothing");
    }

    @Test
    void maxEventsStopsTheSource() {
        IngestResult result = Ingest.with(REGISTRY).source(csvSpec).target(memory("first-ten")).maxEvents(10)
                .run(Engine.STOREY);
        assertEquals(10, result.targets().get(0).rows());
        assertEquals(10, Roles.offlineQuery(REGISTRY.readTarget(memory("first-ten"))).asDf(ReadRequest.all()).height());
    }

    @Test
    void progressIsReportedWhileRowsArrive() {
        List<Long> seen = new ArrayList<>();
        Ingest.with(REGISTRY).source(csvSpec).target(memory("progress")).progress(seen::add).run(Engine.STOREY);
        assertEquals(SampleData.ROWS, seen.size());
        assertEquals(SampleData.ROWS, seen.get(seen.size() - 1));
    }

    @Test
    void keepingExistingDataNeedsATargetThatAppends() {
        Ingest.with(REGISTRY).source(csvSpec).target(memory("appended")).run(Engine.PANDAS);
        IngestResult again = Ingest.with(REGISTRY).source(csvSpec).target(memory("appended")).overwrite(false)
                .run(Engine.PANDAS);
        assertEquals(SampleData.ROWS, again.targets().get(0).rows());
    }

    static String memory(String name) {
        return "{\"kind\": \"memory\", \"name\": \"" + name + "\"}";
    }

    static String json(Path path) {
        return path.toAbsolutePath().toString().replace("\\", "\\\\");
    }
}
