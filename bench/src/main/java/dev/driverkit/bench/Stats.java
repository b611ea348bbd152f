package dev.driverkit.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Medians and ranges of repeated timings. */
public final class Stats {
    private Stats() {}

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /**
     * The median of the ratios of paired measurements, {@code a[i] / b[i]} (a run's i-th round measured both
     * side by side): steadier than the ratio of medians when the machine's speed drifts during a run.
     */
    public static double pairedRatio(List<Double> a, List<Double> b) {
        int n = Math.min(a.size(), b.size());
        List<Double> ratios = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ratios.add(a.get(i) / b.get(i));
        }
        return median(ratios);
    }

    /** "123 ms (min 110, max 140, n=5)". */
    public static String describe(List<Double> values, String unit) {
        if (values.stream().allMatch(v -> v.isNaN())) {
            return "skipped";
        }
        return fmt(median(values)) + " " + unit + " (min " + fmt(Collections.min(values)) + ", max "
                + fmt(Collections.max(values)) + ", n=" + values.size() + ")";
    }

    public static String fmt(double value) {
        if (Math.abs(value) >= 100) {
            return String.format(java.util.Locale.ROOT, "%.0f", value);
        }
        if (Math.abs(value) >= 10) {
            return String.format(java.util.Locale.ROOT, "%.1f", value);
        }
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }

    public static String ratio(double value) {
        return String.format(java.util.Locale.ROOT, "%.2fx", value);
    }
}
