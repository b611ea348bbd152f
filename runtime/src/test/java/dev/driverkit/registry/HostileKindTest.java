package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.loader;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.registry.RegistryFixtures.RecordingLoader;
import dev.driverkit.spec.SpecException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds from a spec are untrusted text: checked before they become resource names, cut in messages, not cached. */
class HostileKindTest {
    @TempDir
    Path tmp;

    /** A class-path folder with the csv source, and a properties file outside the registry folder. */
    private Path classes() {
        return root()
                .source("csv", CSV_CLASS, "STOREY")
                .file("x.properties", "format=2\nkind=x\n")
                .file("driverkit/x.properties", "format=2\nkind=x\n")
                .folder(tmp.resolve("classes"));
    }

    @Test
    void aKindCannotReachOutsideTheRegistryFolder() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            for (String kind : List.of("../../../x", "../../x", "..", "csv/../../../../x", "/x", "x\\..\\..\\y")) {
                String json = "{\"kind\": \"" + kind.replace("\\", "\\\\") + "\"}";
                SpecException e = assertThrows(SpecException.class, () -> registry.readSource(json), kind);
                assertEquals("$.kind", e.path());
                assertEquals("Bad spec at $.kind: '" + kind + "' is not a valid source kind: a kind is a letter"
                        + " followed by letters, digits, '_' or '-'.", e.getMessage());
                assertFalse(e.getCause().getMessage().contains(tmp.toString()), e.getCause().getMessage());
                DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source(kind));
                assertEquals("'" + kind + "' is not a valid source kind: a kind is a letter followed by letters,"
                        + " digits, '_' or '-'.", lookup.getMessage());
                assertThrows(DriverLookupException.class, () -> registry.newTarget(kind));
            }
            assertTrue(loader.resourceRequests().stream().noneMatch(name -> name.contains("..")),
                    "no resource name with '..' was asked for: " + loader.resourceRequests());
        }
    }

    @Test
    void malformedKindsAreSpecErrorsWithASuggestion() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            SpecException spaced = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"csv \"}"));
            assertEquals("csv", spaced.suggestion());
            for (String kind : List.of(" csv", "c.sv", "1csv", "_csv", "c\u00e9", "csv\\u0000", "csv\\n")) {
                assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"" + kind + "\"}"), kind);
            }
            SpecException control = assertThrows(SpecException.class,
                    () -> registry.readSource("{\"kind\": \"a\\nBad spec at $: forged\"}"));
            assertFalse(control.getMessage().contains("\n"), "a line break in a kind is escaped: " + control.getMessage());
            assertTrue(control.getMessage().contains("'a\\nBad spec at $: forged'"), control.getMessage());
        }
    }

    @Test
    void kindsLongerThanTheLimitAreRejectedWithoutAnyLookup() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            String longest = "a".repeat(RegistryFormat.MAX_KIND_LENGTH);
            SpecException unknown = assertThrows(SpecException.class,
                    () -> registry.readSource("{\"kind\": \"" + longest + "\"}"));
            assertTrue(unknown.getMessage().startsWith("Bad spec at $.kind: Unknown source kind '" + "a".repeat(80)
                    + "... (100 chars)'."), unknown.getMessage());

            String tooLong = longest + "a";
            SpecException e = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"" + tooLong + "\"}"));
            assertEquals("Bad spec at $.kind: '" + "a".repeat(80) + "... (101 chars)' is not a valid source kind: it is"
                    + " longer than 100 characters.", e.getMessage());
            assertFalse(loader.resourceRequests().stream().anyMatch(name -> name.contains(tooLong)));
        }
    }

    /** A huge kind gives a message of a few hundred characters, its cause's too. */
    @Test
    void aHugeKindIsCutInEveryMessage() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            String huge = "k".repeat(900_000); // below the longest string a spec may hold
            SpecException e = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"" + huge + "\"}"));
            assertTrue(e.getMessage().length() < 300, e.getMessage().length() + " chars");
            assertTrue(e.getMessage().contains("... (900000 chars)"), e.getMessage());
            assertTrue(e.getCause().getMessage().length() < 300, e.getCause().getMessage().length() + " chars");
            assertNull(e.suggestion());

            String tenMegabytes = "k".repeat(10_000_000);
            SpecException whole = assertThrows(SpecException.class,
                    () -> registry.readSource("{\"kind\": \"" + tenMegabytes + "\"}"));
            assertEquals("Bad spec at $: the spec is 10000012 characters long; the limit is 10000000.", whole.getMessage());
            DriverLookupException lookup = assertThrows(DriverLookupException.class, () -> registry.source(tenMegabytes));
            assertTrue(lookup.getMessage().length() < 300, lookup.getMessage().length() + " chars");
        }
    }

    /** Only kinds that exist are remembered: made-up kinds do not pile up in a long-lived registry. */
    @Test
    void unknownKindsAreNotCached() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            for (int i = 0; i < 3; i++) {
                assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"nope\"}"));
                assertThrows(DriverLookupException.class, () -> registry.source("nope"));
                assertEquals("csv", registry.readSource("{\"kind\": \"csv\"}").kind());
            }
            assertEquals(6, count(loader, RegistryFormat.entryPath(Direction.SOURCE, "nope")),
                    "an unknown kind is looked up each time");
            assertEquals(1, count(loader, RegistryFormat.entryPath(Direction.SOURCE, "csv")),
                    "a known kind is read once");
            int listings = count(loader, RegistryFormat.folder(Direction.SOURCE));
            assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"nope2\"}"));
            assertEquals(listings, count(loader, RegistryFormat.folder(Direction.SOURCE)),
                    "the known kinds an error lists are listed once, not per unknown kind");
        }
    }

    @Test
    void theDirectionIsCheckedAfterTheSyntax() throws Exception {
        try (RecordingLoader loader = loader(classes())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            SpecException e = assertThrows(SpecException.class, () -> registry.readTarget("{\"kind\": \"csv\"}"));
            assertEquals("Bad spec at $.kind: 'csv' is a source driver; it cannot be used as a target.", e.getMessage());
            assertInstanceOf(DriverLookupException.class, e.getCause());
            assertFalse(e.getCause().getMessage().contains(tmp.toString()), e.getCause().getMessage());
        }
    }

    private static int count(RecordingLoader loader, String resource) {
        return (int) loader.resourceRequests().stream().filter(resource::equals).count();
    }
}
