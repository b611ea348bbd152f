package dev.driverkit.bench;

import java.util.List;
import java.util.Set;

/**
 * How much each measure does: the full run (minutes, goals judged) or the smoke run (seconds, part of
 * {@code mvn -B install}: everything runs and is verified, ratios are printed but not judged).
 *
 * @param corpusSizes the javac corpus sizes; the goals compare the second (1000) with its own output and
 *        with the third (2000)
 * @param javacWarmupRounds unmeasured rounds of every variant at the smallest size, first
 * @param javacReps measured rounds per size (variants in rotating order); {@code javacRepsLargest} at the largest
 */
public record Settings(
        String mode,
        boolean smoke,
        Set<Integer> only,
        List<Integer> corpusSizes,
        int javacWarmupRounds,
        int javacReps,
        int javacRepsLargest,
        int incrementalReps,
        int coldReps,
        int registryDrivers,
        int registryReps,
        List<String> jmhArgs,
        int sparkRows,
        int sparkWarmups,
        int sparkReps) {

    public static Settings full(Set<Integer> only) {
        return new Settings("full", false, only, List.of(250, 1000, 2000), 2, 5, 5, 5, 9, 1000, 9,
                List.of("-f", "2", "-wi", "4", "-i", "5", "-w", "1s", "-r", "1s"), 1_500_000, 1, 7);
    }

    public static Settings smoke(Set<Integer> only) {
        // JMH without forks (-f 0): the benchmarks run in JMH's own JVM, which is enough to prove they run
        return new Settings("smoke", true, only, List.of(10, 20, 40), 0, 1, 1, 1, 1, 20, 1,
                List.of("-f", "0", "-wi", "0", "-i", "1", "-w", "100ms", "-r", "100ms"), 200, 0, 1);
    }

    public boolean runs(int measure) {
        return only.isEmpty() || only.contains(measure);
    }

    public int baseSize() {
        return corpusSizes.get(1);
    }

    public int bigSize() {
        return corpusSizes.get(2);
    }
}
