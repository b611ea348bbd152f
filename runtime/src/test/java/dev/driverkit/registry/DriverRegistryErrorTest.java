package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.NO_CODEC_CLASS;
import static dev.driverkit.registry.RegistryFixtures.folderOrigin;
import static dev.driverkit.registry.RegistryFixtures.jarOrigin;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.spec.SpecException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverRegistryErrorTest {
    private static final String NO_DRIVERS = "No driverkit drivers are on the class path. This usually means the"
            + " annotation processor did not run when the drivers were compiled: put driverkit-processor on the"
            + " compiler's annotationProcessorPaths (javac 23 and later no longer run processors that are only on"
            + " the plain class path), then rebuild the driver jar.";

    @TempDir
    Path tmp;

    // ---- ambiguity ----

    @Test
    void duplicateKindInTwoRootsNamesBothClassesAndOrigins() throws Exception {
        Path jar = root().source("csv", "com.acme.CsvSource", "STOREY").jar(tmp.resolve("acme.jar"));
        Path folder = root().source("csv", "org.other.CsvReader", "SPARK").folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(jar, folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            String expected = "Multiple source drivers are registered for kind 'csv'. Ambiguous driver classes are:\n"
                    + "  com.acme.CsvSource (from " + jarOrigin(jar) + ")\n"
                    + "  org.other.CsvReader (from " + folderOrigin(folder) + ")\n"
                    + "Keep one of them on the class path, or give one a different kind.";
            DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source("csv"));
            assertEquals(expected, lookup.getMessage());
            assertEquals("csv", lookup.kind());
            DriverLookupException listing = assertThrows(DriverLookupException.class, registry::sources);
            assertEquals(expected, listing.getMessage());
            assertThrows(DriverLookupException.class, () -> registry.newSource("csv"));

            // two drivers for one kind is a fault of the class path, not of the spec
            DriverLookupException read = assertThrows(DriverLookupException.class,
                    () -> registry.readSource("{\"kind\": \"csv\"}"));
            assertEquals(expected, read.getMessage());
        }
    }

    @Test
    void duplicateTargetKindInTwoJars() throws Exception {
        Path one = root().target("parquet", "a.ParquetTarget", "SPARK").jar(tmp.resolve("one.jar"));
        Path two = root().target("parquet", "b.ParquetTarget", "SPARK").jarWithoutDirectoryEntries(tmp.resolve("two.jar"));
        try (RecordingLoader loader = loader(one, two)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).target("parquet"));
            assertEquals("Multiple target drivers are registered for kind 'parquet'. Ambiguous driver classes are:\n"
                    + "  a.ParquetTarget (from " + jarOrigin(one) + ")\n"
                    + "  b.ParquetTarget (from " + jarOrigin(two) + ")\n"
                    + "Keep one of them on the class path, or give one a different kind.", e.getMessage());
        }
    }

    @Test
    void sameClassInTwoRootsIsNotAmbiguous() throws Exception {
        Path folder = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("classes"));
        Path jar = root().source("csv", CSV_CLASS, "STOREY").jar(tmp.resolve("shaded.jar"));
        try (RecordingLoader loader = loader(folder, jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverInfo csv = registry.source("csv");
            assertEquals(CSV_CLASS, csv.driverClassName());
            assertEquals(folderOrigin(folder), csv.origin());
            assertEquals(1, registry.sources().size());
            assertEquals("csv", registry.newSource("csv").kind());
        }
    }

    @Test
    void anAmbiguityElsewhereDoesNotHideAnUnknownKind() throws Exception {
        Path one = root().source("csv", "a.CsvSource", "STOREY").source("json", "a.JsonSource", "STOREY")
                .jar(tmp.resolve("one.jar"));
        Path two = root().source("csv", "b.CsvSource", "STOREY").jar(tmp.resolve("two.jar"));
        try (RecordingLoader loader = loader(one, two)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals("a.JsonSource", registry.source("json").driverClassName());
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.source("jsno"));
            assertEquals("Unknown source kind 'jsno'. Did you mean 'json'? Known source kinds: csv, json.",
                    e.getMessage());
            SpecException spec = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"jsno\"}"));
            assertEquals("$.kind", spec.path());
            assertEquals("json", spec.suggestion());
        }
    }

    // ---- role ----

    @Test
    void targetKindAskedAsSource() throws Exception {
        Path folder = root()
                .source("csv", CSV_CLASS, "STOREY")
                .target("redis", "com.acme.RedisTarget", "STOREY", "online=true", "table=true")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.source("redis"));
            assertEquals("'redis' is a target driver; it cannot be used as a source (com.acme.RedisTarget (from "
                    + folderOrigin(folder) + ")).", e.getMessage());
            assertEquals("redis", e.kind());

            DriverLookupException other = assertThrows(DriverLookupException.class, () -> registry.target("csv"));
            assertEquals("'csv' is a source driver; it cannot be used as a target (" + CSV_CLASS + " (from "
                    + folderOrigin(folder) + ")).", other.getMessage());

            SpecException spec = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"redis\"}"));
            assertEquals("$.kind", spec.path());
            assertEquals("Bad spec at $.kind: 'redis' is a target driver; it cannot be used as a source.",
                    spec.getMessage(), "a spec error names no class and no path of this machine");
            assertInstanceOf(DriverLookupException.class, spec.getCause());
        }
    }

    // ---- unknown kinds ----

    @Test
    void unknownKindListsKnownKindsAndSuggestsTheNearest() throws Exception {
        Path folder = root()
                .source("csv", CSV_CLASS, "STOREY")
                .source("parquet", "x.ParquetSource", "SPARK")
                .source("v3ioStream", "x.StreamSource", "STOREY")
                .target("tsdb", "x.TsdbTarget", "STOREY")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException typo = assertThrows(DriverLookupException.class, () -> registry.source("cvs"));
            assertEquals("Unknown source kind 'cvs'. Did you mean 'csv'? Known source kinds: csv, parquet, v3ioStream.",
                    typo.getMessage());
            assertEquals("cvs", typo.kind());

            DriverLookupException caseTypo = assertThrows(DriverLookupException.class,
                    () -> registry.source("v3iostream"));
            assertEquals("Unknown source kind 'v3iostream'. Did you mean 'v3ioStream'? Known source kinds: csv,"
                    + " parquet, v3ioStream.", caseTypo.getMessage());

            DriverLookupException far = assertThrows(DriverLookupException.class, () -> registry.source("bigquery"));
            assertEquals("Unknown source kind 'bigquery'. Known source kinds: csv, parquet, v3ioStream.",
                    far.getMessage());

            DriverLookupException target = assertThrows(DriverLookupException.class, () -> registry.target("tsbd"));
            assertEquals("Unknown target kind 'tsbd'. Did you mean 'tsdb'? Known target kinds: tsdb.",
                    target.getMessage());

            SpecException spec = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"parqet\"}"));
            assertEquals("Bad spec at $.kind: Unknown source kind 'parqet'. Known source kinds: csv, parquet,"
                    + " v3ioStream. Did you mean 'parquet'?", spec.getMessage(), "one suggestion, not two");
            assertEquals("parquet", spec.suggestion());
        }
    }

    @Test
    void unknownKindWhenOnlyTheOtherDirectionHasDrivers() throws Exception {
        Path folder = root().target("tsdb", "x.TsdbTarget", "STOREY").folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).source("csv"));
            assertEquals("Unknown source kind 'csv'. Known source kinds: none.", e.getMessage());
        }
    }

    @Test
    void noEntriesAtAllExplainsTheAnnotationProcessor() throws Exception {
        try (RecordingLoader loader = loader(tmp)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException source = assertThrows(DriverLookupException.class, () -> registry.source("csv"));
            assertEquals("Unknown source kind 'csv'. " + NO_DRIVERS, source.getMessage());
            assertTrue(source.getMessage().contains("annotationProcessorPaths"));
            DriverLookupException target = assertThrows(DriverLookupException.class, () -> registry.target("csv"));
            assertEquals("Unknown target kind 'csv'. " + NO_DRIVERS, target.getMessage());
            assertEquals(NO_DRIVERS, DriverRegistry.NO_DRIVERS_HINT);

            SpecException spec = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"csv\"}"));
            assertEquals("$.kind", spec.path());
            assertNull(spec.suggestion());
            assertEquals("Bad spec at $.kind: Unknown source kind 'csv'. " + NO_DRIVERS, spec.getMessage());
        }
    }

    // ---- broken entries ----

    @Test
    void entryOfANewerFormat() throws Exception {
        Path jar = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "csv"),
                        RegistryFixtures.entry("csv", CSV_CLASS, "STOREY").replace("format=1", "format=2"))
                .jar(tmp.resolve("future.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            String expected = "Registry entry jar:" + jar.toUri().toURL() + "!/" + RegistryFormat.entryPath(Direction.SOURCE, "csv") + " has"
                    + " format 2; this driverkit-runtime reads format 1. Use the driverkit-runtime version the driver"
                    + " was compiled against.";
            DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source("csv"));
            assertEquals(expected, lookup.getMessage());
            assertEquals("csv", lookup.kind());
            DriverLookupException listing = assertThrows(DriverLookupException.class, registry::sources);
            assertEquals(expected, listing.getMessage());
            assertEquals("csv", listing.kind());
            DriverLookupException read = assertThrows(DriverLookupException.class,
                    () -> registry.readSource("{\"kind\": \"csv\"}"), "a broken entry is not a fault of the spec");
            assertEquals(expected, read.getMessage());
        }
    }

    @Test
    void entryWithoutFormatIsFormatOne() throws Exception {
        Path folder = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "csv"),
                        RegistryFixtures.entry("csv", CSV_CLASS, "STOREY").replace("format=1\n", ""))
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            assertEquals(CSV_CLASS, DriverRegistry.load(loader).source("csv").driverClassName());
        }
    }

    @Test
    void entryWithoutClass() throws Exception {
        Path folder = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "csv"),
                        RegistryFixtures.entry("csv", CSV_CLASS, "STOREY").replace("class=" + CSV_CLASS + "\n", ""))
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).source("csv"));
            assertEquals("Registry entry " + folder.resolve(RegistryFormat.entryPath(Direction.SOURCE, "csv")).toUri().toURL()
                    + " has no 'class'; it was not written by driverkit-processor or was edited by hand. Rebuild the"
                    + " driver.", e.getMessage());
            assertEquals("csv", e.kind());
        }
    }

    @Test
    void entryWithBlankCodecOrEngines() throws Exception {
        Path folder = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "csv"), "format=1\nkind=csv\nclass=" + CSV_CLASS
                        + "\ncodec=  \nengines=STOREY\n")
                .file(RegistryFormat.entryPath(Direction.SOURCE, "json"), "format=1\nkind=json\nclass=x.Json\ncodec=x.Json_SpecCodec\n")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException codec = assertThrows(DriverLookupException.class, () -> registry.source("csv"));
            assertTrue(codec.getMessage().endsWith("csv.properties has no 'codec'; it was not written by"
                    + " driverkit-processor or was edited by hand. Rebuild the driver."), codec.getMessage());
            assertEquals("csv", codec.kind());
            DriverLookupException engines = assertThrows(DriverLookupException.class, () -> registry.source("json"));
            assertTrue(engines.getMessage().endsWith("json.properties has no 'engines'; it was not written by"
                    + " driverkit-processor or was edited by hand. Rebuild the driver."), engines.getMessage());
            assertEquals("json", engines.kind());
            DriverLookupException listing = assertThrows(DriverLookupException.class, registry::sources);
            assertEquals(codec.getMessage(), listing.getMessage(), "listing reads the entries in file order");
        }
    }

    @Test
    void entryWithoutKindIsNamedByItsFileName() throws Exception {
        Path jar = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "v3ioStream"),
                        "format=1\nclass=x.StreamSource\ncodec=x.StreamSource_SpecCodec\nengines=STOREY\n")
                .jarWithoutDirectoryEntries(tmp.resolve("edited.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            String expected = "Registry entry jar:" + jar.toUri().toURL() + "!/driverkit/registry/sources/v3io.stream.properties"
                    + " has no 'kind'; it was not written by driverkit-processor or was edited by hand. Rebuild the driver.";
            DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source("v3ioStream"));
            assertEquals(expected, lookup.getMessage());
            assertEquals("v3ioStream", lookup.kind());
            DriverLookupException listing = assertThrows(DriverLookupException.class, registry::sources);
            assertEquals(expected, listing.getMessage(), "listing finds the entry in a jar without directory entries");
            assertEquals("v3ioStream", listing.kind());
        }
    }

    @Test
    void entryWithAnUnknownEngine() throws Exception {
        Path folder = root().source("csv", CSV_CLASS, "STOREY,FLINK").folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).source("csv"));
            assertEquals("Registry entry " + folder.resolve(RegistryFormat.entryPath(Direction.SOURCE, "csv")).toUri().toURL()
                    + " names engine 'FLINK', which this driverkit-runtime does not know (it knows STOREY, SPARK,"
                    + " PANDAS). Use the driverkit-runtime version the driver was compiled against.", e.getMessage());
            assertEquals("csv", e.kind());
            assertInstanceOf(IllegalArgumentException.class, e.getCause());
        }
    }

    @Test
    void staleEntryOfADeletedClass() throws Exception {
        Path folder = root().source("ghost", "dev.driverkit.testdrivers.DeletedSource", "STOREY")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals("dev.driverkit.testdrivers.DeletedSource", registry.source("ghost").driverClassName());
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.newSource("ghost"));
            assertEquals("The registry entry for source kind 'ghost' names dev.driverkit.testdrivers.DeletedSource"
                    + " (from " + folderOrigin(folder) + "), but its generated codec cannot be loaded: No generated"
                    + " spec codec dev.driverkit.testdrivers.DeletedSource_SpecCodec for"
                    + " dev.driverkit.testdrivers.DeletedSource: the class is not a driver, or driverkit-processor did"
                    + " not run when it was compiled (put driverkit-processor on annotationProcessorPaths). A stale"
                    + " entry from a deleted class is fixed by a clean build.", e.getMessage());
            assertEquals("ghost", e.kind());
            assertInstanceOf(ClassNotFoundException.class, e.getCause().getCause());

            DriverLookupException read = assertThrows(DriverLookupException.class,
                    () -> registry.readSource("{\"kind\": \"ghost\", \"name\": \"g\"}"));
            assertEquals(e.getMessage(), read.getMessage());
        }
    }

    @Test
    void entryOfAClassWithoutCodec() throws Exception {
        Path folder = root().source("nocodec", NO_CODEC_CLASS, "STOREY").folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).newSource("nocodec"));
            assertTrue(e.getMessage().contains("No generated spec codec " + NO_CODEC_CLASS + "_SpecCodec for "
                    + NO_CODEC_CLASS + ":"), e.getMessage());
        }
    }

    @Test
    void codecThatIsNotASpecCodec() throws Exception {
        Path folder = root()
                .file(RegistryFormat.entryPath(Direction.SOURCE, "odd"),
                        "format=1\nkind=odd\nclass=x.Odd\ncodec=java.lang.Object\nengines=STOREY\n")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(folder)) {
            DriverLookupException e = assertThrows(DriverLookupException.class,
                    () -> DriverRegistry.load(loader).newSource("odd"));
            assertTrue(e.getMessage().startsWith("The registry entry for source kind 'odd' names x.Odd (from "
                    + folderOrigin(folder) + "), but its generated codec cannot be loaded: Cannot create spec codec"
                    + " java.lang.Object: java.lang.ClassCastException"), e.getMessage());
            assertInstanceOf(ClassCastException.class, e.getCause().getCause());
        }
    }

    @Test
    void nullKindIsRejected() throws Exception {
        try (RecordingLoader loader = loader(tmp)) {
            NullPointerException e = assertThrows(NullPointerException.class,
                    () -> DriverRegistry.load(loader).source(null));
            assertEquals("kind", e.getMessage());
        }
    }
}
