package dev.driverkit.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Callers pass the templates' arguments and nothing else; the counts come from the templates' text. */
class DiagnosticTest {
    @Test
    void countsTheSpecifiersThatTakeAnArgument() {
        assertEquals(0, Diagnostic.argumentCount("no argument"));
        assertEquals(2, Diagnostic.argumentCount("%s and %d"));
        assertEquals(1, Diagnostic.argumentCount("%s%n%%, 100%% sure%n"));
        assertEquals(2, Diagnostic.argumentCount("%2$s before %1$s, %<s again"));
        assertEquals(1, Diagnostic.argumentCount("%-10s|"));
    }

    @Test
    void theCatalogsCountsAreTheTemplates() {
        assertEquals(1, Diagnostic.KIND_BLANK.problemArgumentCount());
        assertEquals(1, Diagnostic.KIND_BLANK.fixArgumentCount());
        assertEquals(0, Diagnostic.SUPPORTS_EMPTY.fixArgumentCount());
        assertEquals(3, Diagnostic.METHOD_MISSING.fixArgumentCount()); // the %n inside takes none
    }

    @Test
    void theArgumentsFillTheProblemThenTheFix() {
        assertEquals("[DK001] the kind of CsvSource is blank.\nFix: give the driver a kind, e.g. kind = \"csv\"",
                Diagnostic.KIND_BLANK.format("CsvSource", "csv"));
    }

    /** A miscounted call would print a wrong message; it fails instead (DK099 in a compilation, and in tests). */
    @Test
    void tooFewOrTooManyArgumentsAreRefused() {
        IllegalArgumentException few = assertThrows(IllegalArgumentException.class,
                () -> Diagnostic.KIND_BLANK.format("CsvSource"));
        assertEquals("DK001 takes 1 + 1 arguments (problem + fix), not 1", few.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.SUPPORTS_EMPTY.format("CsvSource", "extra"));
    }
}
