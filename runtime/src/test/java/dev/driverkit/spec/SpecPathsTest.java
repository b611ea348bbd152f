package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpecPathsTest {
    @Test
    void plainKeysAreDotted() {
        assertEquals("$.attributes", SpecPaths.child(SpecPaths.ROOT, "attributes"));
        assertEquals("$.attributes.batch_size", SpecPaths.child("$.attributes", "batch_size"));
        assertEquals("$.a-b.c1", SpecPaths.child("$.a-b", "c1"));
    }

    @Test
    void otherKeysAreBracketedAndQuoted() {
        assertEquals("$['key field']", SpecPaths.child("$", "key field"));
        assertEquals("$['a.b']", SpecPaths.child("$", "a.b"));
        assertEquals("$['']", SpecPaths.child("$", ""));
        assertEquals("$['it\\'s']", SpecPaths.child("$", "it's"));
    }
}
