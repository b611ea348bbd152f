package dev.driverkit.registry;

import dev.driverkit.DriverFlag;
import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.HTTP_CLASS;
import static dev.driverkit.registry.RegistryFixtures.folderOrigin;
import static dev.driverkit.registry.RegistryFixtures.jarOrigin;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.testdrivers.CsvTestSource;
import dev.driverkit.testdrivers.HttpTestSource;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverRegistryLookupTest {
    @TempDir
    Path tmp;

    @Test
    void lookupFromFolderRoot() throws Exception {
        Path dir = root()
                .source("csv", CSV_CLASS, "STOREY,SPARK", "iterator=true", "online=false")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(dir)) {
            DriverInfo csv = DriverRegistry.load(loader).source("csv");
            assertEquals(new DriverInfo(Direction.SOURCE, "csv", CSV_CLASS,
                    "dev.driverkit.testdrivers.CsvTestSource_SpecCodec", EnumSet.of(Engine.STOREY, Engine.SPARK),
                    Set.of(DriverFlag.ITERATOR), folderOrigin(dir)), csv);
            assertTrue(csv.supports(Engine.SPARK));
            assertFalse(csv.supports(Engine.PANDAS));
            assertTrue(csv.hasFlag(DriverFlag.ITERATOR));
            assertFalse(csv.hasFlag(DriverFlag.ONLINE));
            assertEquals(CSV_CLASS + " (from " + folderOrigin(dir) + ")", csv.describe());
            assertEquals(List.of(), loader.requested(), "a lookup reads the entry and loads no class");
        }
    }

    @Test
    void lookupFromJarRoot() throws Exception {
        Path jar = root()
                .target("parquet", "com.acme.ParquetTarget", "SPARK, STOREY ,PANDAS",
                        "append=true", "offline=true", "online=false", "table=false")
                .jar(tmp.resolve("acme-parquet.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverInfo parquet = DriverRegistry.load(loader).target("parquet");
            assertEquals(Direction.TARGET, parquet.direction());
            assertEquals("parquet", parquet.kind());
            assertEquals("com.acme.ParquetTarget", parquet.driverClassName());
            assertEquals("com.acme.ParquetTarget_SpecCodec", parquet.codecClassName());
            assertEquals(EnumSet.allOf(Engine.class), parquet.engines());
            assertEquals(Set.of(DriverFlag.APPEND, DriverFlag.OFFLINE), parquet.flags());
            assertEquals(jarOrigin(jar), parquet.origin());
            assertEquals("com.acme.ParquetTarget (from " + jarOrigin(jar) + ")", parquet.describe());
        }
    }

    @Test
    void lookupFromJarWithoutDirectoryEntries() throws Exception {
        Path jar = root().source("csv", CSV_CLASS, "STOREY").jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        assertEquals(List.of("META-INF/MANIFEST.MF", RegistryFormat.entryPath(Direction.SOURCE, "csv")),
                RegistryFixtures.jarEntryNames(jar));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverInfo csv = registry.source("csv");
            assertEquals(jarOrigin(jar), csv.origin());
            assertInstanceOf(CsvTestSource.class, registry.newSource("csv"));
        }
    }

    @Test
    void jarWithDirectoryEntriesLooksLikeAJarToolJar() throws Exception {
        Path jar = root().source("csv", CSV_CLASS, "STOREY").target("csv", "x.CsvTarget", "PANDAS")
                .jar(tmp.resolve("tool.jar"));
        String root = RegistryFormat.ROOT;
        String top = root.substring(0, root.indexOf('/') + 1);
        assertEquals(List.of("META-INF/", "META-INF/MANIFEST.MF", top, root,
                root + "sources/", root + "sources/csv.properties",
                root + "targets/", root + "targets/csv.properties"),
                RegistryFixtures.jarEntryNames(jar));
    }

    @Test
    void sourceAndTargetOfTheSameKindCoexist() throws Exception {
        Path jar = root().source("csv", CSV_CLASS, "STOREY").target("csv", "x.CsvTarget", "PANDAS")
                .jar(tmp.resolve("both.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(CSV_CLASS, registry.source("csv").driverClassName());
            assertEquals("x.CsvTarget", registry.target("csv").driverClassName());
        }
    }

    @Test
    void kindsAreCaseSensitive() throws Exception {
        Path dir = root()
                .source("v3ioStream", "x.StreamSource", "STOREY")
                .source("v3iostream", "x.LowerStreamSource", "STOREY")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(dir)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals("x.StreamSource", registry.source("v3ioStream").driverClassName());
            assertEquals("x.LowerStreamSource", registry.source("v3iostream").driverClassName());
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.source("V3IOSTREAM"));
            assertEquals("V3IOSTREAM", e.kind());
            assertEquals(List.of("v3ioStream", "v3iostream"),
                    registry.sources().stream().map(DriverInfo::kind).toList());
        }
    }

    @Test
    void anEntryFileWhoseKindKeyDiffersIsNotThatKind() throws Exception {
        Path dir = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "csv"), RegistryFixtures.entry("tsv", "x.Tsv", "STOREY"))
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(dir)) {
            assertThrows(DriverLookupException.class, () -> DriverRegistry.load(loader).source("csv"));
        }
    }

    @Test
    void newSourceLoadsOnlyThatKindsCodec() throws Exception {
        Path jar = root()
                .source("csv", CSV_CLASS, "STOREY")
                .source("http", HTTP_CLASS, "STOREY", "online=true")
                .jar(tmp.resolve("drivers.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            BaseSourceDriver csv = registry.newSource("csv");
            CsvTestSource typed = assertInstanceOf(CsvTestSource.class, csv);
            assertEquals(1000, typed.batchSize());
            assertEquals("csv", csv.kind());
            assertFalse(csv.isOnline());
            assertEquals(List.of("dev.driverkit.testdrivers.CsvTestSource_SpecCodec"), loader.requested());

            BaseSourceDriver http = registry.newSource("http");
            assertInstanceOf(HttpTestSource.class, http);
            assertTrue(http.isOnline());
            assertEquals("http", http.kind());
        }
    }

    @Test
    void nestedDriverClassCodec() throws Exception {
        Path dir = root().source("inner", "dev.driverkit.testdrivers.Outer$Inner", "STOREY")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(dir)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals("dev.driverkit.testdrivers.Outer_Inner_SpecCodec", registry.source("inner").codecClassName());
            BaseSourceDriver inner = registry.newSource("inner");
            assertInstanceOf(dev.driverkit.testdrivers.Outer.Inner.class, inner);
            assertEquals("{\"kind\":\"inner\",\"name\":\"n\"}", registry.writeSpec(registry.readSource(
                    "{\"kind\": \"inner\", \"name\": \"n\"}")));
        }
    }

    @Test
    void originOfAFolderWhosePathContainsTheEntryRoot() throws Exception {
        Path dir = root().source("csv", CSV_CLASS, "STOREY")
                .folder(tmp.resolve("checkout").resolve(RegistryFormat.ROOT).resolve("classes"));
        try (RecordingLoader loader = loader(dir)) {
            assertEquals(folderOrigin(dir), DriverRegistry.load(loader).source("csv").origin());
        }
    }

    @Test
    void originsAreReadablePathsNotEncodedUrls() throws Exception {
        Path dir = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("my drivers").resolve("classes"));
        Path jar = root().target("parquet", "x.ParquetTarget", "SPARK").jar(tmp.resolve("my drivers").resolve("pq 1.jar"));
        try (RecordingLoader loader = loader(dir, jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(tmp + "/my drivers/classes/", registry.source("csv").origin());
            assertEquals(tmp + "/my drivers/pq 1.jar", registry.target("parquet").origin());
            assertEquals(List.of(tmp + "/my drivers/classes/"),
                    registry.sources().stream().map(DriverInfo::origin).toList());
        }
    }

    @Test
    void loadUsesTheContextClassLoader() throws Exception {
        Path dir = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("classes"));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (RecordingLoader loader = loader(dir)) {
            thread.setContextClassLoader(loader);
            assertEquals(CSV_CLASS, DriverRegistry.load().source("csv").driverClassName());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
