package dev.driverkit.registry;

import dev.driverkit.DriverFlag;
import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.folderOrigin;
import static dev.driverkit.registry.RegistryFixtures.jarOrigin;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverRegistryListingTest {
    private static final String SOURCES = RegistryFormat.folder(Direction.SOURCE);

    @TempDir
    Path tmp;

    @Test
    void listsSourcesAndTargetsOfSeveralRootsSortedByKind() throws Exception {
        Path folder = root()
                .source("v3ioStream", "a.StreamSource", "STOREY", "online=true")
                .source("csv", "a.CsvSource", "STOREY,SPARK")
                .target("parquet", "a.ParquetTarget", "SPARK")
                .folder(tmp.resolve("classes"));
        Path jar = root()
                .source("kafka", "b.KafkaSource", "STOREY", "online=true")
                .source("bigquery", "b.BigQuerySource", "SPARK")
                .target("redisnosql", "b.RedisTarget", "STOREY", "online=true", "table=true")
                .target("csv", "b.CsvTarget", "PANDAS")
                .jar(tmp.resolve("more-drivers.jar"));
        try (RecordingLoader loader = loader(folder, jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            List<DriverInfo> sources = registry.sources();
            assertEquals(List.of("bigquery", "csv", "kafka", "v3ioStream"), sources.stream().map(DriverInfo::kind).toList());
            assertEquals(List.of("b.BigQuerySource", "a.CsvSource", "b.KafkaSource", "a.StreamSource"),
                    sources.stream().map(DriverInfo::driverClassName).toList());
            assertEquals(List.of(jarOrigin(jar), folderOrigin(folder), jarOrigin(jar), folderOrigin(folder)),
                    sources.stream().map(DriverInfo::origin).toList());
            assertTrue(sources.stream().allMatch(info -> info.direction() == Direction.SOURCE));

            List<DriverInfo> targets = registry.targets();
            assertEquals(List.of("csv", "parquet", "redisnosql"), targets.stream().map(DriverInfo::kind).toList());
            assertEquals(List.of(DriverFlag.ONLINE, DriverFlag.TABLE), List.copyOf(targets.get(2).flags()));
            assertTrue(targets.stream().allMatch(info -> info.direction() == Direction.TARGET));

            assertEquals(List.of(), loader.requested(), "listing loads no class");
            assertThrows(UnsupportedOperationException.class, () -> sources.add(sources.get(0)));
        }
    }

    @Test
    void listingLoadsNoDriverClass() throws Exception {
        Path jar = root()
                .source("ghost", "com.example.DoesNotExist", "STOREY")
                .source("phantom", "com.example.AlsoMissing", "SPARK")
                .target("void", "com.example.NoSuchTarget", "PANDAS")
                .jar(tmp.resolve("stale.jar"));
        try (RecordingLoader loader = loader(jar)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(List.of("ghost", "phantom"), registry.sources().stream().map(DriverInfo::kind).toList());
            assertEquals(List.of("void"), registry.targets().stream().map(DriverInfo::kind).toList());
            assertEquals("com.example.DoesNotExist", registry.source("ghost").driverClassName());
            assertEquals(List.of(), loader.requested());
        }
    }

    @Test
    void sameClassInTwoRootsListsOnce() throws Exception {
        Path folder = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("classes"));
        Path jar = root().source("csv", CSV_CLASS, "STOREY").jar(tmp.resolve("copy.jar"));
        try (RecordingLoader loader = loader(folder, jar)) {
            List<DriverInfo> sources = DriverRegistry.load(loader).sources();
            assertEquals(1, sources.size());
            assertEquals(folderOrigin(folder), sources.get(0).origin(), "the first root on the class path wins");
        }
    }

    @Test
    void emptyListingsWithoutEntries() throws Exception {
        try (RecordingLoader loader = loader()) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(List.of(), registry.sources());
            assertEquals(List.of(), registry.targets());
        }
    }

    @Test
    void filesThatAreNotEntriesAreIgnored() throws Exception {
        Path jar = root()
                .source("csv", CSV_CLASS, "STOREY")
                .file(SOURCES + "/README.txt", "not an entry")
                .file(SOURCES + "/nested/deep.properties", RegistryFixtures.entry("deep", "x.D", "STOREY"))
                .jar(tmp.resolve("extra.jar"));
        Path folder = root()
                .source("json", "x.JsonSource", "PANDAS")
                .file(SOURCES + "/notes.md", "not an entry")
                .folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(jar, folder)) {
            assertEquals(List.of("csv", "json"),
                    DriverRegistry.load(loader).sources().stream().map(DriverInfo::kind).toList());
        }
    }

    /**
     * A jar written without directory entries (some zip tools and fat-jar builders do that) holds the
     * entry files but no entry for their folder, so {@code ClassLoader.getResources("driverkit/registry/sources")}
     * does not find it. Listing finds it anyway, through the jars the loader sees.
     */
    @Test
    void listsAJarWithoutDirectoryEntries() throws Exception {
        Path bare = root()
                .source("csv", CSV_CLASS, "STOREY")
                .source("v3ioStream", "b.StreamSource", "STOREY", "online=true")
                .target("parquet", "b.ParquetTarget", "SPARK")
                .jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        try (RecordingLoader loader = loader(bare)) {
            assertFalse(loader.findResources(SOURCES).hasMoreElements(), "the jar has no folder entry to find");
            DriverRegistry registry = DriverRegistry.load(loader);
            List<DriverInfo> sources = registry.sources();
            assertEquals(List.of("csv", "v3ioStream"), sources.stream().map(DriverInfo::kind).toList());
            assertEquals(List.of(CSV_CLASS, "b.StreamSource"), sources.stream().map(DriverInfo::driverClassName).toList());
            assertEquals(List.of(jarOrigin(bare), jarOrigin(bare)), sources.stream().map(DriverInfo::origin).toList());
            assertEquals(List.of(DriverFlag.ONLINE), List.copyOf(sources.get(1).flags()));
            assertEquals(List.of("parquet"), registry.targets().stream().map(DriverInfo::kind).toList());
            assertEquals(registry.source("csv"), sources.get(0), "listing and lookup read the same entry");
            assertEquals(registry.target("parquet"), registry.targets().get(0));
            assertEquals(List.of(), loader.requested(), "listing loads no class");
        }
    }

    /** A jar with neither directory entries nor a manifest is found through the loader's URLs. */
    @Test
    void listsAJarWithoutDirectoryEntriesOrManifest() throws Exception {
        Path bare = zip(tmp.resolve("plain.jar"), Map.of(
                RegistryFormat.entryPath(Direction.SOURCE, "csv"), RegistryFixtures.entry("csv", CSV_CLASS, "STOREY"),
                RegistryFormat.entryPath(Direction.TARGET, "csv"), RegistryFixtures.entry("csv", "b.CsvTarget", "PANDAS")));
        try (RecordingLoader loader = loader(bare)) {
            assertFalse(loader.findResources(JarFile.MANIFEST_NAME).hasMoreElements());
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(List.of(jarOrigin(bare)), registry.sources().stream().map(DriverInfo::origin).toList());
            assertEquals(List.of("b.CsvTarget"), registry.targets().stream().map(DriverInfo::driverClassName).toList());
        }
    }

    /** A jar the loader yields for the folder, and through its manifest, and through its URL, is read once. */
    @Test
    void aJarFoundSeveralWaysIsReadOnce() throws Exception {
        Path tool = root()
                .source("csv", CSV_CLASS, "STOREY")
                .target("parquet", "b.ParquetTarget", "SPARK")
                .jar(tmp.resolve("tool.jar"));
        Path bare = root().source("json", "x.JsonSource", "STOREY").jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        try (RecordingLoader loader = loader(tool, bare);
                URLClassLoader child = new URLClassLoader(new URL[] {tool.toUri().toURL(), bare.toUri().toURL()}, loader)) {
            assertTrue(loader.findResources(SOURCES).hasMoreElements());
            // the child and its parent both see both jars: each is still one root
            RegistryEntries entries = new RegistryEntries(child);
            assertEquals(List.of("csv", "json"), entries.all(Direction.SOURCE).stream().map(DriverInfo::kind).toList());
            assertEquals(List.of("parquet"), entries.all(Direction.TARGET).stream().map(DriverInfo::kind).toList());
        }
    }

    /** Listing and lookup agree on class-path order, whether or not the jar has directory entries. */
    @Test
    void aBareJarFirstOnTheClassPathComesFirst() throws Exception {
        Path bare = root().source("csv", CSV_CLASS, "STOREY").jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        Path folder = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("classes"));
        try (RecordingLoader loader = loader(bare, folder)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            assertEquals(List.of(jarOrigin(bare)), registry.sources().stream().map(DriverInfo::origin).toList(),
                    "the first root on the class path wins");
            assertEquals(jarOrigin(bare), registry.source("csv").origin());
        }
        Path other = root().source("csv", "b.CsvSource", "STOREY").jarWithoutDirectoryEntries(tmp.resolve("other.jar"));
        try (RecordingLoader loader = loader(folder, other)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException listing = assertThrows(DriverLookupException.class, registry::sources);
            DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source("csv"));
            assertEquals(lookup.getMessage(), listing.getMessage());
            assertTrue(listing.getMessage().indexOf(folderOrigin(folder)) < listing.getMessage().indexOf(jarOrigin(other)),
                    listing.getMessage());
        }
    }

    /** A class-path element that is not a readable jar is skipped, as the class loader skips it. */
    @Test
    void aBrokenJarOnTheClassPathIsSkipped() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.jar"), "not a zip");
        Path bare = root().source("csv", CSV_CLASS, "STOREY").jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        Path missing = tmp.resolve("missing.jar");
        try (RecordingLoader loader = loader(broken, missing, bare)) {
            assertEquals(List.of("csv"), DriverRegistry.load(loader).sources().stream().map(DriverInfo::kind).toList());
        }
    }

    /**
     * The application class loader is no URLClassLoader: a manifest-less jar without directory entries on
     * {@code java -cp} is found through {@code java.class.path}.
     */
    @Test
    void listsABareJarOnTheApplicationClassPath() throws Exception {
        Path bare = zip(tmp.resolve("app.jar"), Map.of(
                RegistryFormat.entryPath(Direction.SOURCE, "csv"), RegistryFixtures.entry("csv", CSV_CLASS, "STOREY")));
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + bare;
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, ListSources.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        assertEquals("csv " + jarOrigin(bare), output);
    }

    /** Prints the sources that {@link DriverRegistry#load()} lists, one "kind origin" a line. */
    static final class ListSources {
        public static void main(String[] args) {
            for (DriverInfo info : DriverRegistry.load().sources()) {
                System.out.println(info.kind() + " " + info.origin());
            }
        }
    }

    /** A zip with file entries only: no directory entries, no manifest. */
    private static Path zip(Path file, Map<String, String> files) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> entry : new TreeMap<>(files).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    @Test
    void bareJarsToolJarsAndFoldersListTogether() throws Exception {
        Path folder = root().source("csv", CSV_CLASS, "STOREY").folder(tmp.resolve("classes"));
        Path bare = root().source("json", "x.JsonSource", "STOREY")
                .file(SOURCES + "/nested/deep.properties", RegistryFixtures.entry("deep", "x.D", "STOREY"))
                .file(SOURCES + "/README.txt", "not an entry")
                .jarWithoutDirectoryEntries(tmp.resolve("bare.jar"));
        Path tool = root().source("kafka", "x.KafkaSource", "STOREY").jar(tmp.resolve("tool.jar"));
        try (RecordingLoader loader = loader(bare, folder, tool)) {
            assertEquals(List.of("csv", "json", "kafka"),
                    DriverRegistry.load(loader).sources().stream().map(DriverInfo::kind).toList());
            assertEquals(List.of(folderOrigin(folder), jarOrigin(bare), jarOrigin(tool)),
                    DriverRegistry.load(loader).sources().stream().map(DriverInfo::origin).toList());
        }
    }
}
