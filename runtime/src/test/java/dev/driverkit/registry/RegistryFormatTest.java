package dev.driverkit.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RegistryFormatTest {

    @Test
    void folders() {
        assertEquals("driverkit/registry/sources", RegistryFormat.folder(Direction.SOURCE));
        assertEquals("driverkit/registry/targets", RegistryFormat.folder(Direction.TARGET));
    }

    @Test
    void entryPathOfLowerCaseKind() {
        assertEquals("driverkit/registry/sources/csv.properties", RegistryFormat.entryPath(Direction.SOURCE, "csv"));
        assertEquals("driverkit/registry/targets/csv.properties", RegistryFormat.entryPath(Direction.TARGET, "csv"));
        assertEquals("driverkit/registry/targets/redis_nosql-2.properties",
                RegistryFormat.entryPath(Direction.TARGET, "redis_nosql-2"));
    }

    @Test
    void upperCaseLettersBecomeDotAndLowerCase() {
        String mixed = RegistryFormat.entryPath(Direction.SOURCE, "v3ioStream");
        String lower = RegistryFormat.entryPath(Direction.SOURCE, "v3iostream");
        assertEquals("driverkit/registry/sources/v3io.stream.properties", mixed);
        assertEquals("driverkit/registry/sources/v3iostream.properties", lower);
        assertNotEquals(lower, mixed);
        // distinct even on a case-insensitive file system
        assertFalse(mixed.equalsIgnoreCase(lower));
        assertEquals("driverkit/registry/sources/.s.q.l.properties", RegistryFormat.entryPath(Direction.SOURCE, "SQL"));
        assertFalse(RegistryFormat.entryPath(Direction.SOURCE, "SQL")
                .equalsIgnoreCase(RegistryFormat.entryPath(Direction.SOURCE, "sql")));
    }

    @Test
    void codecClassNames() {
        assertEquals("com.acme.CsvSource_SpecCodec", RegistryFormat.codecClassName("com.acme.CsvSource"));
        assertEquals("a.Outer_Inner_SpecCodec", RegistryFormat.codecClassName("a.Outer$Inner"));
        assertEquals("a.A_B_C_SpecCodec", RegistryFormat.codecClassName("a.A$B$C"));
        assertEquals("Top_SpecCodec", RegistryFormat.codecClassName("Top"));
    }

    /** The entries sit outside META-INF: javac's file manager does not list jar folders that are not packages. */
    @Test
    void constants() {
        assertEquals("driverkit/registry/", RegistryFormat.ROOT);
        assertEquals(".properties", RegistryFormat.SUFFIX);
        assertEquals("_SpecCodec", RegistryFormat.CODEC_SUFFIX);
        assertEquals(1, RegistryFormat.FORMAT_VERSION);
    }

    @Test
    void validKinds() {
        for (String kind : new String[] {"csv", "v3ioStream", "redis_nosql-2", "A", "a".repeat(RegistryFormat.MAX_KIND_LENGTH)}) {
            assertTrue(RegistryFormat.isValidKind(kind), kind);
            assertTrue(kind.matches(RegistryFormat.KIND_SYNTAX), kind);
        }
        for (String kind : new String[] {"", "1csv", "_csv", "-csv", "c sv", "c.sv", "c/sv", "../x", "..", "caf\u00e9",
                "csv\n", "\u0130stanbul", "a".repeat(RegistryFormat.MAX_KIND_LENGTH + 1)}) {
            assertFalse(RegistryFormat.isValidKind(kind), kind);
        }
    }

    @Test
    void theLongestKindsEntryFileNameFitsAFileSystem() {
        String longest = "A".repeat(RegistryFormat.MAX_KIND_LENGTH);
        String path = RegistryFormat.entryPath(Direction.SOURCE, longest);
        assertTrue(path.substring(path.lastIndexOf('/') + 1).length() <= 255);
    }

    @Test
    void directions() {
        assertEquals("source", Direction.SOURCE.noun());
        assertEquals("targets", Direction.TARGET.folder());
        assertEquals(Direction.TARGET, Direction.SOURCE.other());
        assertEquals(Direction.SOURCE, Direction.TARGET.other());
    }
}
