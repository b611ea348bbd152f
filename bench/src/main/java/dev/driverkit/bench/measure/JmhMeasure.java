package dev.driverkit.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.bench.Env;
import dev.driverkit.bench.Procs;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Settings;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.spec.SpecBenchmarks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measure 4: steady spec read/write, {@link SpecBenchmarks} in JMH from the shaded {@code benchmarks.jar}
 * ({@code java -jar target/benchmarks.jar}), with {@code -prof gc}; results read from JMH's JSON.
 */
public final class JmhMeasure {
    private record Score(double opsPerSecond, double error, double bytesPerOp) {}

    private final Env env;
    private final Settings settings;
    private final Report report;

    public JmhMeasure(Env env, Settings settings, Report report) {
        this.env = env;
        this.settings = settings;
        this.report = report;
    }

    public void run() {
        report.detail("");
        report.detail("[4] steady spec JSON (JMH " + String.join(" ", settings.jmhArgs()) + " -prof gc)");
        Path dir = env.workDir().resolve("jmh");
        Path json = dir.resolve("jmh-result.json");
        List<String> command = new ArrayList<>(List.of(env.java().toString()));
        if (settings.smoke()) {
            command.add("-Djmh.ignoreLock=true"); // a smoke run may overlap another build's; a full run may not
        }
        command.addAll(List.of("-jar", env.jmhJar().toString(), SpecBenchmarks.class.getName()));
        command.addAll(settings.jmhArgs());
        command.addAll(List.of("-prof", "gc", "-rf", "json", "-rff", json.toString()));
        Procs.Result result = Procs.run(command, dir.resolve("jmh-stderr.log"));
        try {
            Files.write(dir.resolve("jmh-stdout.log"), result.lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Score> scores = read(json);
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            report.detail(String.format(Locale.ROOT, "  %-24s %,14.0f ± %,10.0f ops/s  %8.0f B/op", e.getKey(),
                    e.getValue().opsPerSecond(), e.getValue().error(), e.getValue().bytesPerOp()));
        }
        for (String op : List.of("read", "write")) {
            Score generated = scores.get(op + "Generated");
            Score databind = scores.get(op + "Databind");
            Score hand = scores.get(op + "HandWritten");
            double vsDatabind = generated.opsPerSecond() / databind.opsPerSecond();
            double vsHand = generated.opsPerSecond() / hand.opsPerSecond();
            report.row("4", "steady " + op + ": generated / databind (ops/s)", ops(generated) + " vs " + ops(databind),
                    vsDatabind, ">= 1.0x", vsDatabind >= 1.0);
            report.row("4", "steady " + op + ": generated / hand-written (ops/s)", ops(generated) + " vs " + ops(hand),
                    vsHand, ">= 0.95x", vsHand >= 0.95);
        }
        if (!settings.smoke() || Boolean.getBoolean("bench.profile")) {
            profile(dir);
        }
        Score codecOnly = scores.get("readGeneratedCodecOnly");
        report.info("4", "steady read: generated codec alone (no registry lookup) / hand-written",
                ops(codecOnly) + " vs " + ops(scores.get("readHandWritten")),
                Stats.ratio(codecOnly.opsPerSecond() / scores.get("readHandWritten").opsPerSecond()));
    }

    /** A short second JMH run of the generated and hand-written variants under JFR: where a generated call's time goes. */
    private void profile(Path dir) {
        Path jfrDir = dir.resolve("jfr");
        List<String> command = new ArrayList<>(List.of(env.java().toString(), "-Djmh.ignoreLock=true", "-jar",
                env.jmhJar().toString(), SpecBenchmarks.class.getName() + ".(read|write)(Generated|HandWritten)$",
                "-f", "1", "-wi", "2", "-i", "3", "-w", "1s", "-r", "1s",
                "-prof", "jfr:dir=" + jfrDir + ";configName=profile;stackDepth=96"));
        Procs.Result result = Procs.run(command, dir.resolve("jmh-jfr-stderr.log"));
        try {
            Files.write(dir.resolve("jmh-jfr-stdout.log"), result.lines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String benchmark : List.of("readGenerated", "writeGenerated", "readHandWritten", "writeHandWritten")) {
            List<Path> files;
            try (var walk = Files.walk(jfrDir)) {
                files = walk.filter(p -> p.toString().endsWith(".jfr") && p.toString().contains("." + benchmark + "-")).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            report.detail("  JFR of " + benchmark + " (JMH -prof jfr, " + files.size() + " recording), share of the benchmark"
                    + " thread's samples:");
            JfrProfile.shares(files, name -> name.contains("jmh-worker"), phases(benchmark))
                    .forEach(line -> report.detail("    " + line));
        }
    }

    private static List<JfrProfile.Phase> phases(String benchmark) {
        JfrProfile.Phase time = new JfrProfile.Phase("java.time parsing and formatting", List.of("java.time."));
        JfrProfile.Phase buffer = new JfrProfile.Phase("the output buffer (StringWriter, Jackson's SegmentedStringWriter)",
                List.of("java.io.StringWriter", "java.lang.StringBuffer", "com.fasterxml.jackson.core.io.SegmentedStringWriter",
                        "com.fasterxml.jackson.core.util.TextBuffer"));
        return switch (benchmark) {
            case "readGenerated" -> List.of(
                    new JfrProfile.Phase("registry and codec lookup (entry, Properties, Class.forName)",
                            List.of("dev.driverkit.registry.", "dev.driverkit.spec.SpecCodecs", "java.util.zip.", "java.util.jar.",
                                    "java.util.Properties", "java.lang.ClassLoader.getResources", "jdk.internal.loader.")),
                    new JfrProfile.Phase("SpecPaths (JSON paths: built only for an error)", List.of("dev.driverkit.spec.SpecPaths")),
                    time,
                    new JfrProfile.Phase("Jackson parser", List.of("com.fasterxml.jackson.core.")),
                    new JfrProfile.Phase("the read proper: SpecJson.read, common fields, JsonValues, generated codec",
                            List.of("dev.driverkit.")));
            case "writeGenerated" -> List.of(
                    time,
                    buffer,
                    new JfrProfile.Phase("Jackson generator", List.of("com.fasterxml.jackson.core.")),
                    new JfrProfile.Phase("common fields (CommonFields)", List.of("dev.driverkit.spec.CommonField")),
                    new JfrProfile.Phase("JsonValues helpers", List.of("dev.driverkit.spec.JsonValues")),
                    new JfrProfile.Phase("generated codec writeAttributes", List.of("dev.driverkit.bench.spec.BenchSource_SpecCodec")),
                    new JfrProfile.Phase("SpecJson.write and the rest", List.of("dev.driverkit.")));
            case "readHandWritten" -> List.of(
                    time,
                    new JfrProfile.Phase("Jackson parser", List.of("com.fasterxml.jackson.core.")),
                    new JfrProfile.Phase("HandWritten.read itself", List.of("dev.driverkit.")));
            default -> List.of(
                    time,
                    buffer,
                    new JfrProfile.Phase("Jackson generator", List.of("com.fasterxml.jackson.core.")),
                    new JfrProfile.Phase("HandWritten.write itself", List.of("dev.driverkit.")));
        };
    }

    private static String ops(Score score) {
        return String.format(Locale.ROOT, "%,.0f ops/s, %.0f B/op", score.opsPerSecond(), score.bytesPerOp());
    }

    private static Map<String, Score> read(Path json) {
        try {
            Map<String, Score> scores = new LinkedHashMap<>();
            for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
                String name = run.get("benchmark").asText();
                name = name.substring(name.lastIndexOf('.') + 1);
                JsonNode primary = run.get("primaryMetric");
                JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                double error = primary.get("scoreError").asDouble();
                scores.put(name, new Score(primary.get("score").asDouble(), Double.isNaN(error) ? 0 : error,
                        alloc.isMissingNode() ? Double.NaN : alloc.asDouble()));
            }
            return scores;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read JMH's results " + json, e);
        }
    }
}
