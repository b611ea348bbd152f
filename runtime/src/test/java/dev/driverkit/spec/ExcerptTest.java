package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortTextIsShownWhole() {
        assertEquals("csv", Excerpt.of("csv"));
        assertEquals("", Excerpt.of(""));
        String eighty = "x".repeat(80);
        assertEquals(eighty, Excerpt.of(eighty));
    }

    @Test
    void longTextIsCutAndItsLengthGiven() {
        assertEquals("y".repeat(80) + "... (81 chars)", Excerpt.of("y".repeat(81)));
        assertEquals("z".repeat(80) + "... (10000000 chars)", Excerpt.of("z".repeat(10_000_000)));
    }

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("a\\nb\\r\\tc\\u0000\\u2028", Excerpt.of("a\nb\r\tc\u0000\u2028"));
        assertEquals("\\n".repeat(80) + "... (81 chars)", Excerpt.of("\n".repeat(81)));
    }

    /** A surrogate pair is not split: the cut falls before it. */
    @Test
    void aCutNeverSplitsACharacter() {
        String text = "a".repeat(79) + "\uD83D\uDE00" + "b";
        assertEquals("a".repeat(79) + "... (82 chars)", Excerpt.of(text));
    }
}
