package dev.driverkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.examples.support.SampleData;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded {@code -all} jar, opened the way Spark's {@code --jars} opens a user jar: a fresh
 * {@link URLClassLoader} whose parent is the platform class loader, so nothing of this test's class
 * path leaks in. Engine jars are added only where a test runs that engine. Runs after {@code package}.
 */
class ShadedJarIT {
    /** Every source kind that src/main declares. */
    private static final Set<String> EXAMPLE_KINDS = Set.of("csv", "http", "kafka", "parquet", "sqldb");

    static Path shadedJar;
    @TempDir
    static Path folder;
    static Path sample;

    @BeforeAll
    static void findJar() {
        String property = System.getProperty("driverkit.shaded.jar");
        assertTrue(property != null, "failsafe passes driverkit.shaded.jar");
        shadedJar = Path.of(property);
        assertTrue(Files.isRegularFile(shadedJar), "the shaded jar exists: " + shadedJar);
        sample = SampleData.write(folder.resolve("transactions.csv"));
    }

    @Test
    void theJarHoldsExamplesRuntimeAndJacksonCoreButNoEngineAndNoProcessor() throws Exception {
        try (JarFile jar = new JarFile(shadedJar.toFile())) {
            List<String> names = Collections.list(jar.entries()).stream().map(ZipEntry::getName).toList();
            assertTrue(names.contains("dev/driverkit/examples/csv/CsvSource.class"));
            assertTrue(names.contains("dev/driverkit/examples/csv/CsvSource_SpecCodec.class"));
            assertTrue(names.contains("driverkit/registry/sources/csv.properties"));
            assertTrue(names.contains("driverkit/registry/sources/parquet.properties"));
            assertTrue(names.contains("driverkit/registry/targets/parquet.properties"));
            assertFalse(names.stream().anyMatch(n -> n.startsWith("org/duckdb/")), "no DuckDB (provided)");
            assertTrue(names.contains("dev/driverkit/registry/DriverRegistry.class"));
            assertTrue(names.contains("com/fasterxml/jackson/core/JsonParser.class"));
            assertFalse(names.stream().anyMatch(n -> n.startsWith("org/apache/spark/")), "no Spark");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("org/dflib/")), "no DFLib");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("dev/driverkit/processor/")), "no processor");
            assertFalse(names.stream().anyMatch(n -> n.startsWith("com/fasterxml/jackson/databind/")), "no databind");
            assertFalse(names.stream().anyMatch(n -> n.contains("alltypes") || n.contains("AllTypes")), "no test driver");
        }
    }

    @Test
    void registryInAChildLoaderFindsEveryExampleKindAndReadsSpecs() throws Throwable {
        try (URLClassLoader loader = childLoader(List.of())) {
            Isolated registry = new Isolated(loader);
            Set<String> kinds = new TreeSet<>();
            for (Object info : registry.sources()) {
                kinds.add((String) info.getClass().getMethod("kind").invoke(info));
            }
            assertTrue(kinds.containsAll(EXAMPLE_KINDS), "sources() lists " + kinds);

            String spec = "{\"kind\":\"csv\",\"name\":\"t\",\"path\":\"" + sample + "\",\"attributes\":"
                    + "{\"parse_dates\":[\"ts\"]},\"key_field\":\"id\",\"time_field\":\"ts\"}";
            Object driver = registry.readSource(spec);
            assertEquals("dev.driverkit.examples.csv.CsvSource", driver.getClass().getName());
            assertTrue(driver.getClass().getClassLoader() == loader, "the driver class comes from the shaded jar");
            assertEquals(spec, registry.writeSpec(driver));
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.apache.spark.sql.Dataset"),
                    "no engine on this loader: creating and (de)serializing a driver needs none");
        }
    }

    @Test
    void storeyRunsFromTheJarAloneAndPandasNeedsOnlyDflib() throws Throwable {
        String spec = "{\"kind\":\"csv\",\"path\":\"" + sample + "\",\"key_field\":\"id\",\"time_field\":\"ts\"}";
        try (URLClassLoader loader = childLoader(List.of())) {
            Object driver = new Isolated(loader).readSource(spec);
            Class<?> stepRequest = loader.loadClass("dev.driverkit.engine.StepRequest");
            Object request = MethodHandles.publicLookup()
                    .findStatic(stepRequest, "fromSpec", MethodType.methodType(stepRequest)).invoke();
            // findVirtual resolves this one method: no reflection over the class, so the Spark and DFLib
            // types in the other methods' signatures are never loaded.
            MethodHandle toStep = MethodHandles.publicLookup().findVirtual(driver.getClass(), "toStep",
                    MethodType.methodType(Flow.Publisher.class, stepRequest));
            @SuppressWarnings("unchecked")
            Flow.Publisher<Object> events = (Flow.Publisher<Object>) toStep.invoke(driver, request);
            assertEquals(SampleData.ROWS, count(events));
        }

        List<Path> dflib = new ArrayList<>();
        // dflib, dflib-csv and what dflib-csv needs: commons-csv, which needs commons-io and commons-codec.
        for (String type : List.of("org.dflib.DataFrame", "org.dflib.csv.Csv", "org.apache.commons.csv.CSVFormat",
                "org.apache.commons.io.IOUtils", "org.apache.commons.codec.Charsets")) {
            dflib.add(Path.of(Class.forName(type).getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        try (URLClassLoader loader = childLoader(dflib)) {
            Object driver = new Isolated(loader).readSource(spec);
            Class<?> readRequest = loader.loadClass("dev.driverkit.engine.ReadRequest");
            Class<?> dataFrame = loader.loadClass("org.dflib.DataFrame");
            Object all = MethodHandles.publicLookup()
                    .findStatic(readRequest, "all", MethodType.methodType(readRequest)).invoke();
            Object frame = MethodHandles.publicLookup().findVirtual(driver.getClass(), "toDataframe",
                    MethodType.methodType(dataFrame, readRequest)).invoke(driver, all);
            int height = (int) MethodHandles.publicLookup()
                    .findVirtual(dataFrame, "height", MethodType.methodType(int.class)).invoke(frame);
            assertEquals(SampleData.ROWS, height);
            assertThrows(ClassNotFoundException.class, () -> loader.loadClass("org.apache.spark.sql.Dataset"));
        }
    }

    private static URLClassLoader childLoader(List<Path> engineJars) throws Exception {
        List<URL> urls = new ArrayList<>();
        urls.add(shadedJar.toUri().toURL());
        for (Path jar : engineJars) {
            urls.add(jar.toUri().toURL());
        }
        return new URLClassLoader("shaded-jar", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static long count(Flow.Publisher<Object> publisher) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private long seen;

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Object item) {
                seen++;
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(seen);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    /** DriverRegistry of the child loader, called through method handles (its classes are not ours). */
    private static final class Isolated {
        private final Object registry;
        private final Class<?> registryClass;
        private final Class<?> baseDriver;

        Isolated(ClassLoader loader) throws Throwable {
            registryClass = loader.loadClass("dev.driverkit.registry.DriverRegistry");
            baseDriver = loader.loadClass("dev.driverkit.BaseSourceDriver");
            registry = MethodHandles.publicLookup().findStatic(registryClass, "load",
                    MethodType.methodType(registryClass, ClassLoader.class)).invoke(loader);
        }

        List<?> sources() throws Throwable {
            return (List<?>) MethodHandles.publicLookup().findVirtual(registryClass, "sources",
                    MethodType.methodType(List.class)).invoke(registry);
        }

        Object readSource(String json) throws Throwable {
            return MethodHandles.publicLookup().findVirtual(registryClass, "readSource",
                    MethodType.methodType(baseDriver, String.class)).invoke(registry, json);
        }

        String writeSpec(Object driver) throws Throwable {
            return (String) MethodHandles.publicLookup().findVirtual(registryClass, "writeSpec",
                    MethodType.methodType(String.class, baseDriver)).invoke(registry, driver);
        }
    }
}
