package dev.driverkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The smoke run of every benchmark (seconds), part of {@code mvn -B install}: tiny corpora, one
 * repetition, a JMH iteration of 100 ms, a 200-row Spark job. Everything runs and every output is
 * verified; the ratios are printed but not judged (they mean nothing at this size).
 */
class BenchSmokeIT {
    @Test
    void everyMeasureRunsAndEveryOutputIsRight() {
        Report report = BenchMain.run(Settings.smoke(Set.of()), System.out);
        assertTrue(report.failures().isEmpty(), () -> "failures: " + report.failures());
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7"),
                Set.copyOf(report.rows().stream().map(Report.Row::measure).toList()), "every measure reported");
        assertTrue(report.rows().stream().allMatch(r -> r.verdict() == Report.Verdict.NOT_JUDGED
                || r.verdict() == Report.Verdict.INFO), "the smoke run judges no goal");
    }
}
