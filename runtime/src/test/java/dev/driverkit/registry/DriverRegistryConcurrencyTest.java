package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.HTTP_CLASS;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.testdrivers.CountedSource;
import dev.driverkit.testdrivers.CountedSource_SpecCodec;
import dev.driverkit.spec.SpecCodecs;
import dev.driverkit.testdrivers.CsvTestSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sixteen threads make their first lookups and reads at the same moment, on one registry and on
 * registries each loads for itself: every read is right, each codec is made once per registry and
 * each kind's entry read once.
 */
class DriverRegistryConcurrencyTest {
    private static final int THREADS = 16;
    /** Fresh registries per test: each round is a new race over the first lookups. */
    private static final int ROUNDS = 10;
    private static final String COUNTED_SPEC = "{\"kind\":\"counted\",\"name\":\"n\",\"attributes\":{\"label\":\"L\"}}";
    private static final String CSV_SPEC = "{\"kind\":\"csv\",\"name\":\"c\",\"attributes\":{\"batch_size\":5}}";

    @TempDir
    Path tmp;
    private RecordingLoader loader;
    private ExecutorService threads;

    /**
     * {@code writeSpec} finds a driver's codec through {@link SpecCodecs#forDriver}, one per driver class
     * in the JVM (a {@code ClassValue}: if threads race on it, one value is kept and every thread gets
     * that one). Made here, so the counts below are the registries' own.
     */
    @BeforeAll
    static void codecOfTheDriverClass() {
        SpecCodecs.forDriver(new CountedSource());
    }

    @BeforeEach
    void start() {
        Path classes = root()
                .source("csv", CSV_CLASS, "STOREY")
                .source("http", HTTP_CLASS, "STOREY", "online=true")
                .source("counted", CountedSource.class.getName(), "STOREY")
                .target("parquet", "x.ParquetTarget", "SPARK")
                .folder(tmp.resolve("classes"));
        loader = loader(classes);
        threads = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stop() throws Exception {
        threads.shutdownNow();
        assertTrue(threads.awaitTermination(10, TimeUnit.SECONDS), "worker threads stopped");
        loader.close();
    }

    @Test
    void oneRegistryManyThreads() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            DriverRegistry registry = DriverRegistry.load(loader);
            int codecsBefore = CountedSource_SpecCodec.INSTANCES.get();
            int entryReadsBefore = entryReads("counted");
            runTogether(() -> registry, true);
            assertEquals(1, CountedSource_SpecCodec.INSTANCES.get() - codecsBefore, "codecs made in round " + round);
            assertEquals(1, entryReads("counted") - entryReadsBefore, "entry reads in round " + round);
        }
    }

    @Test
    void aRegistryPerThread() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            int codecsBefore = CountedSource_SpecCodec.INSTANCES.get();
            runTogether(() -> DriverRegistry.load(loader), false);
            assertEquals(THREADS, CountedSource_SpecCodec.INSTANCES.get() - codecsBefore,
                    "one codec per registry in round " + round);
        }
    }

    /**
     * Each thread gets its registry from {@code registries}, then all do their first lookups at once.
     *
     * @param list whether each thread lists the drivers too (a listing reads every jar of the test class
     *     path, Spark's included: once per registry is enough)
     */
    private void runTogether(Supplier<DriverRegistry> registries, boolean list) throws Exception {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            work.add(threads.submit(() -> {
                DriverRegistry registry = registries.get();
                start.await(10, TimeUnit.SECONDS);
                useEverything(registry, list);
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get(30, TimeUnit.SECONDS); // rethrows what a thread threw
        }
    }

    private static void useEverything(DriverRegistry registry, boolean list) {
        BaseSourceDriver counted = registry.readSource(COUNTED_SPEC);
        assertEquals("L", assertInstanceOf(CountedSource.class, counted).label());
        assertEquals(COUNTED_SPEC, registry.writeSpec(counted));
        assertEquals(CSV_SPEC, registry.lenient().writeSpec(registry.lenient().readSource(CSV_SPEC)));
        assertEquals(5, assertInstanceOf(CsvTestSource.class, registry.readSource(CSV_SPEC)).batchSize());
        assertTrue(registry.newSource("http").isOnline());
        if (list) {
            assertEquals(List.of("counted", "csv", "http"), registry.sources().stream().map(DriverInfo::kind).toList());
        }
        assertEquals("x.ParquetTarget", registry.target("parquet").driverClassName());
    }

    private int entryReads(String kind) {
        String path = RegistryFormat.entryPath(Direction.SOURCE, kind);
        return (int) loader.resourceRequests().stream().filter(path::equals).count();
    }
}
