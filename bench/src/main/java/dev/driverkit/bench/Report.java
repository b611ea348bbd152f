package dev.driverkit.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** What a run found: each measure's ratios against their goals, the details behind them, and any failure. */
public final class Report {
    public enum Verdict { MET, MISSED, NOT_JUDGED, INFO }

    /**
     * One line of the summary.
     *
     * @param measure "1" .. "6"
     * @param what what is compared with what
     * @param figures the medians behind the ratio
     * @param ratio the ratio (null for a yes/no check)
     * @param goal the goal, as text
     */
    public record Row(String measure, String what, String figures, String ratio, String goal, Verdict verdict) {}

    private final boolean smoke;
    private final PrintStream out;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> details = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public Report(boolean smoke, PrintStream out) {
        this.smoke = smoke;
        this.out = out;
    }

    /** A line of detail, printed now and kept for the results file. */
    public synchronized void detail(String line) {
        out.println(line);
        out.flush();
        details.add(line);
    }

    /** A ratio row; {@code met} is whether the goal holds (ignored in the smoke run). */
    public void row(String measure, String what, String figures, double ratio, String goal, boolean met) {
        add(new Row(measure, what, figures, Stats.ratio(ratio), goal, verdict(met)));
    }

    /** A yes/no row (a correctness check that is part of a goal). */
    public void check(String measure, String what, String figures, String goal, boolean met) {
        add(new Row(measure, what, figures, met ? "yes" : "no", goal, verdict(met)));
    }

    /** A figure shown for context, with no goal. */
    public void info(String measure, String what, String figures, String ratio) {
        add(new Row(measure, what, figures, ratio, "-", Verdict.INFO));
    }

    private Verdict verdict(boolean met) {
        return smoke ? Verdict.NOT_JUDGED : met ? Verdict.MET : Verdict.MISSED;
    }

    private synchronized void add(Row row) {
        rows.add(row);
        detail("  => [" + row.measure() + "] " + row.what() + ": " + row.ratio() + " (goal " + row.goal() + ") "
                + label(row.verdict()) + "  | " + row.figures());
    }

    /** A verification failure: the run goes on, but ends with an error. */
    public synchronized void fail(String message) {
        failures.add(message);
        detail("  !! FAILED: " + message);
    }

    public List<Row> rows() {
        return rows;
    }

    public List<String> failures() {
        return failures;
    }

    public List<String> details() {
        return details;
    }

    private static String label(Verdict verdict) {
        return switch (verdict) {
            case MET -> "MET";
            case MISSED -> "MISSED";
            case NOT_JUDGED -> "(smoke: not judged)";
            case INFO -> "(context)";
        };
    }

    /** The summary table, as plain text. */
    public void printSummary(String header) {
        out.println();
        out.println(header);
        int w = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        for (Row row : rows) {
            out.printf("%-3s %-" + w + "s  %-8s goal %-12s %-20s %s%n", row.measure(), row.what(), row.ratio(),
                    row.goal(), label(row.verdict()), row.figures());
        }
        if (!failures.isEmpty()) {
            out.println("VERIFICATION FAILURES:");
            failures.forEach(f -> out.println("  " + f));
        }
        out.flush();
    }

    /** The summary table, as Markdown. */
    public String markdownTable() {
        StringBuilder text = new StringBuilder("| # | measure | ratio | goal | result | figures (medians) |\n|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            text.append("| ").append(row.measure()).append(" | ").append(row.what()).append(" | ").append(row.ratio())
                    .append(" | ").append(row.goal().replace("|", "\\|")).append(" | ").append(label(row.verdict()))
                    .append(" | ").append(row.figures().replace("|", "\\|")).append(" |\n");
        }
        return text.toString();
    }
}
