package dev.driverkit.examples;

import dev.driverkit.DriverFlag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.Engine;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverLookupException;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry as a user meets it: listing, lookup by kind, and the errors for a wrong kind. */
class RegistryTest {
    private final DriverRegistry registry = DriverRegistry.load();

    @Test
    void lookupByKindDescribesTheDriver() {
        DriverInfo csv = registry.source("csv");
        assertEquals(Direction.SOURCE, csv.direction());
        assertEquals("csv", csv.kind());
        assertEquals(CsvSource.class.getName(), csv.driverClassName());
        assertEquals("dev.driverkit.examples.csv.CsvSource_SpecCodec", csv.codecClassName());
        assertEquals(EnumSet.of(Engine.PANDAS, Engine.STOREY, Engine.SPARK), csv.engines());
        assertTrue(csv.supports(Engine.SPARK));
        assertEquals(Set.of(), csv.flags(), "iterator and online are false");
        assertFalse(csv.hasFlag(DriverFlag.ITERATOR));
        assertTrue(csv.origin().endsWith("target/classes/"), csv.origin());
        assertInstanceOf(CsvSource.class, registry.newSource("csv"));
        assertEquals("csv", registry.newSource("csv").kind());
    }

    @Test
    void listsEverySourceAndTargetSortedByKind() {
        assertEquals(List.of("alltypes", "csv", "http", "kafka", "parquet", "rabbitmq", "sqldb"), registry.sources().stream().map(DriverInfo::kind).toList());
        assertEquals(EnumSet.of(Engine.STOREY), registry.sources().get(0).engines());
        assertEquals(List.of("kafka", "memory", "nosql", "parquet", "redisnosql", "sqlite"), registry.targets().stream().map(DriverInfo::kind).toList());
    }

    @Test
    void unknownKindListsTheKnownKindsAndSuggestsTheNearest() {
        DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.source("cvs"));
        assertEquals("cvs", e.kind());
        assertEquals("Unknown source kind 'cvs'. Did you mean 'csv'? Known source kinds: alltypes, csv, http, kafka, parquet, rabbitmq, sqldb.", e.getMessage());

        DriverLookupException far = assertThrows(DriverLookupException.class, () -> registry.source("rabbitmq-stream"));
        assertEquals("Unknown source kind 'rabbitmq-stream'. Known source kinds: alltypes, csv, http, kafka, parquet, rabbitmq, sqldb.",
                far.getMessage());
    }

    @Test
    void kindsAreCaseSensitive() {
        DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.source("CSV"));
        assertTrue(e.getMessage().contains("Did you mean 'csv'?"), e.getMessage());
    }

    @Test
    void aSourceKindIsNotATarget() {
        DriverLookupException e = assertThrows(DriverLookupException.class, () -> registry.target("csv"));
        assertTrue(e.getMessage().startsWith("'csv' is a source driver; it cannot be used as a target"), e.getMessage());
    }

    @Test
    void aSpecWithAnUnknownKindFailsAtKind() {
        SpecException e = assertThrows(SpecException.class,
                () -> registry.readSource("{\"kind\": \"cvs\", \"path\": \"/d/x.csv\"}"));
        assertEquals("$.kind", e.path());
        assertEquals("csv", e.suggestion());
        assertTrue(e.getMessage().startsWith("Bad spec at $.kind: Unknown source kind 'cvs'."), e.getMessage());
        assertTrue(e.getMessage().contains("Known source kinds: alltypes, csv, http, kafka, parquet, rabbitmq, sqldb."), e.getMessage());
    }

    /**
     * The contract's "the lookup of one kind loads that driver's class alone", observed in a fresh
     * class loader over the same classes that records what it loads.
     */
    @Test
    void listingLoadsNoDriverAndALookupLoadsOnlyItsDriver() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Class<?> type : List.of(CsvSource.class, dev.driverkit.examples.alltypes.AllTypesSource.class,
                DriverRegistry.class, com.fasterxml.jackson.core.JsonParser.class)) {
            urls.add(type.getProtectionDomain().getCodeSource().getLocation());
        }
        try (RecordingLoader loader = new RecordingLoader(urls.toArray(URL[]::new))) {
            Class<?> registryClass = loader.loadClass(DriverRegistry.class.getName());
            Object isolated = registryClass.getMethod("load", ClassLoader.class).invoke(null, loader);

            List<?> sources = (List<?>) registryClass.getMethod("sources").invoke(isolated);
            assertEquals(7, sources.size());
            registryClass.getMethod("source", String.class).invoke(isolated, "csv");
            assertEquals(List.of(), loader.driverClassesLoaded(), "listing and lookup read entries only");

            Object driver = registryClass.getMethod("newSource", String.class).invoke(isolated, "csv");
            assertEquals(CsvSource.class.getName(), driver.getClass().getName());
            assertEquals(List.of("dev.driverkit.examples.csv.CsvSource", "dev.driverkit.examples.csv.CsvSource_SpecCodec"),
                    loader.driverClassesLoaded().stream().sorted().toList());
            assertFalse(loader.loaded.stream().anyMatch(name -> name.startsWith("org.apache.spark.")
                    || name.startsWith("org.dflib.")), "no engine class is needed to create a driver");
        }
    }

    /** A child-first view of the given class path that remembers every class it defines. */
    private static final class RecordingLoader extends URLClassLoader {
        final List<String> loaded = Collections.synchronizedList(new ArrayList<>());

        RecordingLoader(URL[] urls) {
            super(urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            Class<?> found = super.findClass(name);
            loaded.add(name);
            return found;
        }

        List<String> driverClassesLoaded() {
            return loaded.stream().filter(name -> name.startsWith("dev.driverkit.examples.")).toList();
        }
    }
}
