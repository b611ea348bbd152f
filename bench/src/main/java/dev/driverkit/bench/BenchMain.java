package dev.driverkit.bench;

import dev.driverkit.bench.measure.ColdSpecMeasure;
import dev.driverkit.bench.measure.JavacMeasure;
import dev.driverkit.bench.measure.JmhMeasure;
import dev.driverkit.bench.measure.RegistryMeasure;
import dev.driverkit.bench.measure.SparkMeasure;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Runs the benchmarks of issue 6 and prints each ratio against its goal.
 *
 * <pre>
 * mvn -B -q install -DskipTests -Pbench                       # everything (minutes)
 * mvn -B -q install -DskipTests -Pbench -Dbench.args=only=4,5 # some measures
 * mvn -B install                                              # includes the smoke run (BenchSmokeIT)
 * </pre>
 *
 * Arguments: {@code smoke} for the smoke settings, {@code only=1,3} to run some measures. Exits with 1
 * when a verification fails (a wrong output, never a missed ratio).
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) {
        boolean smoke = false;
        Set<Integer> only = new TreeSet<>();
        for (String arg : args) {
            if (arg.equals("smoke")) {
                smoke = true;
            } else if (arg.startsWith("only=")) {
                Arrays.stream(arg.substring(5).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .map(Integer::parseInt).forEach(only::add);
            } else if (!arg.isBlank()) {
                throw new IllegalArgumentException("Unknown argument " + arg + " (smoke | only=1,2,...)");
            }
        }
        Report report = run(smoke ? Settings.smoke(only) : Settings.full(only), System.out);
        System.exit(report.failures().isEmpty() ? 0 : 1);
    }

    /** Runs the selected measures; a measure that throws is a failure, and the others still run. */
    public static Report run(Settings settings, PrintStream out) {
        Env.preload();
        Env env = Env.fromSystemProperties(settings.mode());
        Report report = new Report(settings.smoke(), out);
        String header = header(settings);
        report.detail(header);
        long start = System.nanoTime();
        // the smoke run overlaps the Spark job (mostly JVM and Spark warm-up) with the others
        boolean spark = settings.runs(6) || settings.runs(7); // one child JVM measures both
        Runnable sparkInBackground = settings.smoke() && spark
                ? new SparkMeasure(env, settings, report).start() : null;
        JavacMeasure javac = new JavacMeasure(env, settings, report);
        measure(report, settings, 1, javac::runFull);
        measure(report, settings, 2, javac::runIncremental);
        measure(report, settings, 3, () -> new ColdSpecMeasure(env, settings, report).run());
        measure(report, settings, 4, () -> new JmhMeasure(env, settings, report).run());
        measure(report, settings, 5, () -> new RegistryMeasure(env, settings, report).run());
        if (spark) {
            measure(report, settings, settings.runs(6) ? 6 : 7, sparkInBackground != null ? sparkInBackground
                    : () -> new SparkMeasure(env, settings, report).run());
        }
        String took = String.format(Locale.ROOT, "took %.0f s; at the end %s", (System.nanoTime() - start) / 1e9, loadAverage());
        report.printSummary("== summary (" + settings.mode() + ", " + took + ") ==");
        write(env.workDir().resolve("results.md"), header, took, report);
        Path latest = env.workDir().getParent().resolve(settings.mode() + "-results.md");
        try {
            Files.copy(env.workDir().resolve("results.md"), latest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println("results: " + latest + " (work folder " + env.workDir() + ")");
        if (settings.smoke() && report.failures().isEmpty()) {
            Dirs.delete(env.workDir()); // corpora and outputs of a passing smoke run are of no further use
        }
        return report;
    }

    private static void measure(Report report, Settings settings, int number, Runnable measure) {
        if (!settings.runs(number)) {
            return;
        }
        long start = System.nanoTime();
        try {
            measure.run();
            report.detail(String.format(Locale.ROOT, "  (measure %d took %.1f s)", number, (System.nanoTime() - start) / 1e9));
        } catch (RuntimeException | LinkageError e) {
            report.fail("measure " + number + " did not complete: " + e);
            e.printStackTrace();
        }
    }

    static String header(Settings settings) {
        Runtime runtime = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "== driverkit benchmarks (%s%s) %s; nproc %d, memory %.1f GiB, %s %s, %s; %s; %s ==",
                settings.mode(), settings.only().isEmpty() ? "" : ", only " + settings.only(),
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT)).replaceAll("\\.\\d+", ""),
                runtime.availableProcessors(), memory / (1024.0 * 1024 * 1024),
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), loadAverage(), commit());
    }

    /** The machine's load average (other processes share the 2 cores: the ratios are side by side for that reason). */
    static String loadAverage() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + load[0] + " " + load[1] + " " + load[2];
        } catch (IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "load average %.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** The commit the working tree is on, and whether it has changes (read with git, if there is one). */
    static String commit() {
        try {
            Process head = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").redirectErrorStream(true).start();
            String commit = new String(head.getInputStream().readAllBytes()).trim();
            Process status = new ProcessBuilder("git", "status", "--porcelain", "--untracked-files=no")
                    .redirectErrorStream(true).start();
            boolean dirty = !new String(status.getInputStream().readAllBytes()).isBlank();
            return head.waitFor() == 0 ? "commit " + commit + (dirty ? " with uncommitted changes" : "") : "no git commit";
        } catch (IOException | RuntimeException e) {
            return "no git commit";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no git commit";
        }
    }

    private static void write(Path file, String header, String took, Report report) {
        String text = "# driverkit benchmark results\n\n" + header + " (" + took + ")\n\n" + report.markdownTable()
                + "\n## Details\n\n```\n" + report.details().stream().collect(Collectors.joining("\n")) + "\n```\n"
                + (report.failures().isEmpty() ? "" : "\n## Failures\n\n" + report.failures().stream()
                        .map(f -> "- " + f).collect(Collectors.joining("\n")) + "\n");
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
