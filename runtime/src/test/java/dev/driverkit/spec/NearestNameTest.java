package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    private static final List<String> SOURCE_KEYS = List.of("name", "path", "key_field", "time_field", "schedule",
            "online", "workers", "max_age", "start_time", "end_time", "credentials_prefix", "attributes");

    @Test
    void distance() {
        assertEquals(0, NearestName.distance("csv", "csv"));
        assertEquals(3, NearestName.distance("kitten", "sitting"));
        assertEquals(2, NearestName.distance("key_feild", "key_field"), "a transposition costs two edits");
        assertEquals(3, NearestName.distance("", "abc"));
        assertEquals(3, NearestName.distance("abc", ""));
    }

    @Test
    void suggestsTheNearestKnownName() {
        assertEquals("key_field", NearestName.among("key_feild", SOURCE_KEYS));
        assertEquals("time_field", NearestName.among("timefield", SOURCE_KEYS));
        assertEquals("max_age", NearestName.among("maxage", SOURCE_KEYS));
        assertEquals("csv", NearestName.among("cvs", List.of("csv", "parquet", "kafka")));
        assertEquals("parquet", NearestName.among("parqet", List.of("csv", "parquet", "kafka")));
    }

    @Test
    void ignoresCaseWhenMeasuring() {
        assertEquals("v3ioStream", NearestName.among("v3iostream", List.of("csv", "v3ioStream")));
        assertEquals("csv", NearestName.among("CSV", List.of("csv")));
    }

    @Test
    void nothingWhenTooFarOrNoCandidates() {
        assertNull(NearestName.among("brokers", SOURCE_KEYS));
        assertNull(NearestName.among("xyz", List.of("csv")));
        assertNull(NearestName.among("csv", List.of()));
    }

    @Test
    void tolerance() {
        // short names tolerate two edits, longer ones a third of their length
        assertEquals("ab", NearestName.among("xy", List.of("ab")));
        assertNull(NearestName.among("xyz", List.of("abc")));
        assertEquals("abcdefghi", NearestName.among("xyzdefghi", List.of("abcdefghi")));
        assertNull(NearestName.among("xyzwefghi", List.of("abcdefghi")));
    }

    @Test
    void firstOfEquallyNearCandidatesWins() {
        assertEquals("cat", NearestName.among("bat", List.of("cat", "hat")));
        assertEquals("hat", NearestName.among("bat", List.of("hat", "cat")));
    }

    /** A huge name from a hostile spec is never compared with candidates it cannot be a typo of. */
    @Test
    void aHugeNameCostsNothing() {
        List<String> candidates = java.util.stream.IntStream.range(0, 200).mapToObj(i -> "attribute_" + i).toList();
        String huge = "a".repeat(2_000_000);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(2),
                () -> assertNull(NearestName.among(huge, candidates)));
        assertEquals("attribute_1", NearestName.among("atribute_1", candidates));
    }
}
