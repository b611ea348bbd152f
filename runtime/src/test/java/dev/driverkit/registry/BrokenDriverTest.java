package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.testdrivers.CsvTestSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A registry entry whose class is missing or broken at run time fails its own kind, with an error that
 * says which driver and why, and every other kind keeps working.
 */
class BrokenDriverTest {
    private static final String TESTDRIVERS = "dev.driverkit.testdrivers.";
    private static final String CSV_SPEC = "{\"kind\":\"csv\",\"name\":\"c\",\"attributes\":{\"batch_size\":5}}";

    @TempDir
    Path tmp;

    /** The only test that touches FailingInitSource: its first failure is the initializer's own. */
    @Test
    void aDriverWhoseStaticInitializerFails() throws Exception {
        try (RecordingLoader loader = loader(registryWith("failinginit", "FailingInitSource"))) {
            DriverRegistry registry = DriverRegistry.load(loader);
            for (int attempt = 0; attempt < 2; attempt++) {
                DriverLookupException e = assertThrows(DriverLookupException.class,
                        () -> registry.newSource("failinginit"));
                assertEquals("failinginit", e.kind());
                assertTrue(e.getMessage().startsWith("The source driver of kind 'failinginit', " + TESTDRIVERS
                        + "FailingInitSource (from "), e.getMessage());
                // the first attempt runs the initializer; later ones find the class marked as failed
                String cause = attempt == 0 ? "cannot be created: java.lang.IllegalStateException: no licence server."
                        : "cannot be created: java.lang.NoClassDefFoundError: Could not initialize class " + TESTDRIVERS
                                + "FailingInitSource.";
                assertTrue(e.getMessage().contains(cause + " Its class or a class it needs is missing or failed to"
                        + " initialize"), e.getMessage());
                assertInstanceOf(LinkageError.class, e.getCause());
                assertThrows(DriverLookupException.class, () -> registry.readSource("{\"kind\":\"failinginit\"}"));
                assertOtherKindsWork(registry);
            }
        }
    }

    @Test
    void aDriverWhoseConstructorFails() throws Exception {
        try (RecordingLoader loader = loader(registryWith("failingctor", "FailingConstructorSource"))) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.newSource("failingctor"));
            assertTrue(e.getMessage().contains("cannot be created: java.lang.IllegalStateException: config file not"
                    + " found. Its constructor failed"), e.getMessage());
            DriverLookupException read = assertThrows(DriverLookupException.class,
                    () -> registry.readSource("{\"kind\":\"failingctor\",\"name\":\"x\"}"));
            assertEquals(e.getMessage(), read.getMessage());
            assertOtherKindsWork(registry);
        }
    }

    @Test
    void aCodecWhoseStaticInitializerFails() throws Exception {
        try (RecordingLoader loader = loader(registryWith("brokencodec", "BrokenCodecSource"))) {
            DriverRegistry registry = DriverRegistry.load(loader);
            for (int attempt = 0; attempt < 2; attempt++) {
                DriverLookupException e = assertThrows(DriverLookupException.class,
                        () -> registry.newSource("brokencodec"));
                assertTrue(e.getMessage().startsWith("The registry entry for source kind 'brokencodec' names "
                        + TESTDRIVERS + "BrokenCodecSource (from "), e.getMessage());
                String cause = attempt == 0 ? "java.lang.UnsupportedOperationException: codec of another driverkit version"
                        : "java.lang.NoClassDefFoundError: Could not initialize class " + TESTDRIVERS
                                + "BrokenCodecSource_SpecCodec";
                assertTrue(e.getMessage().contains("its generated codec cannot be loaded: Cannot create spec codec "
                        + TESTDRIVERS + "BrokenCodecSource_SpecCodec: " + cause), e.getMessage());
                assertInstanceOf(LinkageError.class, e.getCause().getCause());
                assertThrows(DriverLookupException.class, () -> registry.readSource("{\"kind\":\"brokencodec\"}"));
                assertOtherKindsWork(registry);
            }
        }
    }

    /**
     * The codec is on the class path but the driver class is not (a jar left out at run time): the JVM
     * finds out when the codec creates the driver.
     */
    @Test
    void aDriverClassMissingAtRunTime() throws Exception {
        Path classes = registryWith("ghost", "GhostSource");
        copyClassFile(TESTDRIVERS + "GhostSource_SpecCodec", classes);
        ClassLoader hiding = new HidingLoader(getClass().getClassLoader(),
                Set.of(TESTDRIVERS + "GhostSource", TESTDRIVERS + "GhostSource_SpecCodec"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, hiding)) {
            DriverRegistry registry = DriverRegistry.load(loader);
            DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.newSource("ghost"));
            assertEquals("ghost", e.kind());
            assertTrue(e.getMessage().contains(TESTDRIVERS + "GhostSource"), e.getMessage());
            assertTrue(e.getMessage().contains("NoClassDefFoundError"), e.getMessage());
            DriverLookupException read = assertThrows(DriverLookupException.class,
                    () -> registry.readSource("{\"kind\":\"ghost\"}"));
            assertEquals(e.getMessage(), read.getMessage());
            assertOtherKindsWork(registry);
        }
    }

    /** A class-path folder with the csv driver and one more. */
    private Path registryWith(String kind, String simpleName) {
        return root()
                .source("csv", CSV_CLASS, "STOREY")
                .source(kind, TESTDRIVERS + simpleName, "STOREY")
                .folder(tmp.resolve("classes"));
    }

    /** The csv driver is looked up, created, read, written and listed as if nothing else were wrong. */
    private static void assertOtherKindsWork(DriverRegistry registry) {
        assertEquals(CSV_CLASS, registry.source("csv").driverClassName());
        assertInstanceOf(CsvTestSource.class, registry.newSource("csv"));
        assertEquals(CSV_SPEC, registry.writeSpec(registry.readSource(CSV_SPEC)));
        assertEquals(2, registry.sources().size(), "listing reads entries only");
    }

    private static void copyClassFile(String className, Path classes) throws IOException {
        String resource = className.replace('.', '/') + ".class";
        Path target = classes.resolve(resource);
        Files.createDirectories(target.getParent());
        try (InputStream in = BrokenDriverTest.class.getClassLoader().getResourceAsStream(resource)) {
            Files.write(target, in.readAllBytes());
        }
    }

    /** Delegates to its parent, except for the hidden classes, which it reports missing. */
    private static final class HidingLoader extends ClassLoader {
        private final Set<String> hidden;

        HidingLoader(ClassLoader parent, Set<String> hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (hidden.contains(name)) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    }
}
