package dev.driverkit.bench.measure;

import dev.driverkit.bench.Dirs;
import dev.driverkit.bench.Env;
import dev.driverkit.bench.Procs;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Settings;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.child.SparkJob;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures 6 and 7: csv -> parquet on Spark local through the example csv source against the same job
 * written directly against Spark (6), and through {@code spark.read().format("driverkit")} against the csv
 * source's own {@code toSparkDf} (7); {@link SparkJob}: one child JVM, one session, rotating variants.
 */
public final class SparkMeasure {
    private static final List<String> CATEGORIES = List.of("books", "games", "home, garden", "music", "tools", "say \"hi\"");

    private final Env env;
    private final Settings settings;
    private final Report report;

    public SparkMeasure(Env env, Settings settings, Report report) {
        this.env = env;
        this.settings = settings;
        this.report = report;
    }

    public void run() {
        start().run();
    }

    /**
     * Starts the child JVM in the background and returns what waits for it and reports. The smoke run
     * starts it first, so that it overlaps the other measures (its ratio is not judged); the full run
     * runs it alone.
     */
    public Runnable start() {
        java.util.concurrent.CompletableFuture<Procs.Result> child = new java.util.concurrent.CompletableFuture<>();
        List<String> command = prepare();
        Thread thread = new Thread(() -> {
            try {
                child.complete(Procs.run(command, env.workDir().resolve("spark/spark.log")));
            } catch (RuntimeException | Error e) {
                child.completeExceptionally(e);
            }
        }, "spark-measure");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            Procs.Result result;
            try {
                result = child.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            report(result);
        };
    }

    private List<String> prepare() {
        Path dir = env.workDir().resolve("spark");
        Path csv = writeCsv(dir.resolve("input.csv"), settings.sparkRows());
        Path out = Dirs.fresh(dir.resolve("out"));
        Path log4j = dir.resolve("log4j2.properties");
        try {
            Files.writeString(log4j, "rootLogger.level = error\nrootLogger.appenderRef.stderr.ref = console\n"
                    + "appender.console.type = Console\nappender.console.name = console\nappender.console.target = SYSTEM_ERR\n"
                    + "appender.console.layout.type = PatternLayout\nappender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = new ArrayList<>();
        command.add(env.java().toString());
        command.add("-Xmx2g");
        command.addAll(env.sparkJvmArgs());
        command.add("-Dlog4j2.configurationFile=" + log4j.toUri());
        command.addAll(List.of("-cp", Env.join(env.childClasspath()), SparkJob.class.getName(), csv.toString(), out.toString(),
                String.valueOf(settings.sparkWarmups()), String.valueOf(settings.sparkReps())));
        return command;
    }

    private void report(Procs.Result result) {
        report.detail("");
        report.detail("[6] csv -> parquet on Spark local (local[2]): CsvSource.toSparkDf vs spark.read().csv(...), "
                + settings.sparkRows() + " rows" + (settings.smoke() ? " (smoke: ran alongside measures 1-5)" : ""));
        List<Double> viaDriver = result.all("driverkit-ms").stream().map(Double::parseDouble).toList();
        List<Double> direct = result.all("direct-ms").stream().map(Double::parseDouble).toList();
        boolean verified = "true".equals(result.get("verified"));
        if (!verified) {
            report.fail("the two parquet outputs differ (rows " + result.get("rows") + ")");
        }
        report.detail("  through CsvSource: " + Stats.describe(viaDriver, "ms") + "; direct: " + Stats.describe(direct, "ms")
                + "; " + result.get("rows") + " rows, columns " + result.get("columns") + ", outputs identical: " + verified
                + ", same optimized plan: " + result.get("samePlan"));
        if (!"true".equals(result.get("samePlan"))) {
            report.detail("    plan through CsvSource: " + result.get("planViaDriver"));
            report.detail("    plan direct:            " + result.get("planDirect"));
        }
        double ratio = Stats.pairedRatio(viaDriver, direct); // each round ran both, side by side
        if (settings.runs(6)) {
            report.row("6", "csv -> parquet on Spark: through CsvSource / direct Spark", "medians "
                    + Stats.fmt(Stats.median(viaDriver)) + " vs " + Stats.fmt(Stats.median(direct)) + " ms ("
                    + settings.sparkRows() + " rows)", ratio, "<= 1.05x", ratio <= 1.05);
        }
        if (settings.runs(7)) {
            reportDataSource(result, viaDriver);
        }
    }

    private void reportDataSource(Procs.Result result, List<Double> viaDriver) {
        List<Double> viaDataSource = result.all("datasource-ms").stream().map(Double::parseDouble).toList();
        boolean verified = "true".equals(result.get("verifiedDataSource"));
        if (!verified) {
            report.fail("the parquet output read through format(\"driverkit\") differs from the csv source's own");
        }
        report.detail("[7] the same csv -> parquet through spark.read().format(\"driverkit\") (driverkit-spark): "
                + Stats.describe(viaDataSource, "ms") + "; outputs identical to the csv source's own: " + verified);
        List<Double> cpuViaDataSource = result.all("datasource-cpu-ms").stream().map(Double::parseDouble).toList();
        List<Double> cpuViaDriver = result.all("driverkit-cpu-ms").stream().map(Double::parseDouble).toList();
        double cpuRatio = Stats.pairedRatio(cpuViaDataSource, cpuViaDriver);
        double ratio = Stats.pairedRatio(viaDataSource, viaDriver);
        report.row("7", "csv -> parquet on Spark: format(\"driverkit\") / the csv source's toSparkDf", "medians "
                + Stats.fmt(Stats.median(viaDataSource)) + " vs " + Stats.fmt(Stats.median(viaDriver)) + " ms ("
                + settings.sparkRows() + " rows)", ratio, "<= 1.05x", ratio <= 1.05);
        report.info("7", "the same in process CPU time (less disturbed by a busy machine)", "medians "
                + Stats.fmt(Stats.median(cpuViaDataSource)) + " vs " + Stats.fmt(Stats.median(cpuViaDriver)) + " ms CPU",
                Stats.ratio(cpuRatio));
    }

    /** A CSV like the examples' sample data: ints, doubles, times, quoted text with commas and quotes, empties. */
    static Path writeCsv(Path file, int rows) {
        try {
            Files.createDirectories(file.getParent());
            DateTimeFormatter ts = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
            LocalDateTime start = LocalDateTime.of(2024, 1, 1, 0, 0);
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("id,ts,category,amount,quantity,discount,customer\n");
                for (int i = 0; i < rows; i++) {
                    String category = CATEGORIES.get((i * 7) % CATEGORIES.size());
                    if (category.contains(",") || category.contains("\"")) {
                        category = "\"" + category.replace("\"", "\"\"") + "\"";
                    }
                    w.write((i + 1) + "," + ts.format(start.plusSeconds(37L * i)) + "," + category + ","
                            + String.format(Locale.ROOT, "%.2f", ((i * 7919L) % 100_000) / 100.0) + "," + (1 + (i * 31) % 9) + ","
                            + (i % 10 == 0 ? "" : String.format(Locale.ROOT, "%.1f", (i % 5) * 0.5)) + ",c" + (i * 13 % 5000) + "\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
