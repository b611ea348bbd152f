package dev.driverkit.bench.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.bench.Env;
import dev.driverkit.bench.Procs;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Settings;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.child.ColdSpecMain;
import dev.driverkit.bench.spec.SpecSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Measure 3: the first read and write of a spec in a fresh JVM ({@link ColdSpecMain}), each variant in
 * its own {@code java -cp ...} process, rounds alternating the variants; medians of the time from
 * {@code main} to the written JSON (JVM start-up, the same for all, is shown separately as wall time).
 * Every child's output is checked against the input spec.
 */
public final class ColdSpecMeasure {
    private static final List<String> VARIANTS = List.of("generated", "databind", "handwritten");

    private final Env env;
    private final Settings settings;
    private final Report report;

    public ColdSpecMeasure(Env env, Settings settings, Report report) {
        this.env = env;
        this.settings = settings;
        this.report = report;
    }

    public void run() {
        report.detail("");
        report.detail("[3] cold spec round trip: first read + write of the 15-attribute spec in a fresh JVM");
        // one class path for all: this module's classes, the runtime, Jackson core/databind/jsr310
        List<Path> cp = new ArrayList<>();
        cp.add(env.benchClasses());
        cp.add(env.element("driverkit-runtime", "runtime"));
        cp.add(env.element("jackson-core", null));
        cp.add(env.element("jackson-databind", null));
        cp.add(env.element("jackson-annotations", null));
        cp.add(env.element("jackson-datatype-jsr310", null));
        String classpath = Env.join(cp);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = tree(mapper, SpecSample.JSON);

        Map<String, List<Double>> inJvm = new LinkedHashMap<>();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        int rounds = settings.coldReps() + (settings.smoke() ? 0 : 1);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < VARIANTS.size(); k++) {
                String variant = VARIANTS.get((k + round) % VARIANTS.size());
                Procs.Result result = Procs.run(List.of(env.java().toString(), "-cp", classpath,
                        ColdSpecMain.class.getName(), variant), env.workDir().resolve("cold/" + variant + ".log"));
                JsonNode written = tree(mapper, result.get("output"));
                if (!written.equals(expected)) {
                    report.fail("cold " + variant + " wrote " + written + ", expected " + expected);
                }
                if (round == 0 && !settings.smoke()) {
                    continue; // the first round warms the OS file cache and CDS pages
                }
                inJvm.computeIfAbsent(variant, v -> new ArrayList<>()).add(Double.parseDouble(result.get("micros")) / 1000);
                result.phases().forEach((phase, millis) -> phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(millis));
                wall.computeIfAbsent(variant, v -> new ArrayList<>()).add(result.wallMillis());
            }
        }
        for (String variant : VARIANTS) {
            report.detail("  " + variant + ": main -> result " + Stats.describe(inJvm.get(variant), "ms")
                    + "; whole process " + Stats.describe(wall.get(variant), "ms"));
        }
        report.detail("  generated, by phase (medians): " + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + Stats.fmt(Stats.median(e.getValue())) + " ms").collect(Collectors.joining(", ")));
        JdkCosts.report(env, report, settings.smoke() ? 1 : 3);
        for (String variant : List.of("generated", "handwritten")) {
            Procs.Result timeline = Procs.run(List.of(env.java().toString(), "-Xlog:class+load:stdout:uptimenanos", "-cp",
                    classpath, ColdSpecMain.class.getName(), variant), env.workDir().resolve("cold/" + variant + "-timeline.log"));
            report.detail("  " + variant + ", longest windows between first loads of marker classes (-Xlog:class+load, one run):");
            ClassLoadTimeline.longestWindows(timeline.lines(), ColdSpecMain.class.getName(), 7)
                    .forEach(line -> report.detail("    " + line));
        }
        // the same, with those JDK facilities initialised before the clock starts (a diagnostic, not a goal)
        Map<String, List<Double>> warm = new LinkedHashMap<>();
        for (int round = 0; round < (settings.smoke() ? 1 : 5); round++) {
            for (String variant : List.of("generated+jdkwarm", "handwritten+jdkwarm")) {
                Procs.Result result = Procs.run(List.of(env.java().toString(), "-cp", classpath, ColdSpecMain.class.getName(),
                        variant), env.workDir().resolve("cold/" + variant + ".log"));
                warm.computeIfAbsent(variant, v -> new ArrayList<>()).add(Double.parseDouble(result.get("micros")) / 1000);
            }
        }
        double warmGenerated = Stats.median(warm.get("generated+jdkwarm"));
        double warmHand = Stats.median(warm.get("handwritten+jdkwarm"));
        report.detail("  with System.Logger, lambdas, string concatenation and streams initialised before the clock (diagnostic): generated "
                + Stats.fmt(warmGenerated) + " ms, hand-written " + Stats.fmt(warmHand) + " ms");
        // what each variant loads on its first use: the usual cause of a slow first call
        for (String variant : VARIANTS) {
            Procs.Result result = Procs.run(List.of(env.java().toString(), "-Xlog:class+load=info:stdout", "-cp", classpath,
                    ColdSpecMain.class.getName(), variant), env.workDir().resolve("cold/" + variant + "-classes.log"));
            report.detail("  " + variant + " loads " + ClassLoads.summary(result.lines()));
        }
        double generated = Stats.median(inJvm.get("generated"));
        double databind = Stats.median(inJvm.get("databind"));
        double hand = Stats.median(inJvm.get("handwritten"));
        double vsDatabind = Stats.pairedRatio(inJvm.get("databind"), inJvm.get("generated"));
        double vsHand = Stats.pairedRatio(inJvm.get("generated"), inJvm.get("handwritten"));
        report.row("3", "cold round trip: databind / generated (x faster)", "medians " + Stats.fmt(databind) + " vs "
                + Stats.fmt(generated) + " ms (main -> result)", vsDatabind, ">= 10x", vsDatabind >= 10);
        report.row("3", "cold round trip: generated / hand-written", "medians " + Stats.fmt(generated) + " vs " + Stats.fmt(hand)
                + " ms", vsHand, "<= 1.5x", vsHand <= 1.5);
        report.info("3", "cold, diagnostic: generated / hand-written with the JDK's logger, lambdas, string concatenation, streams pre-initialised",
                Stats.fmt(warmGenerated) + " vs " + Stats.fmt(warmHand) + " ms", Stats.ratio(warmGenerated / warmHand));
        double wg = Stats.median(wall.get("generated"));
        double wd = Stats.median(wall.get("databind"));
        double wh = Stats.median(wall.get("handwritten"));
        report.info("3", "cold whole process (JVM start incl.): databind / generated; generated / hand",
                Stats.fmt(wd) + " / " + Stats.fmt(wg) + " / " + Stats.fmt(wh) + " ms",
                Stats.ratio(wd / wg) + "; " + Stats.ratio(wg / wh));
    }

    private static JsonNode tree(ObjectMapper mapper, String json) {
        try {
            return mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
