package dev.driverkit.bench.measure;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.bench.Dirs;
import dev.driverkit.bench.Env;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Settings;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.corpus.Corpus;
import dev.driverkit.bench.corpus.Corpus.Driver;
import dev.driverkit.bench.replay.ReplayProcessor;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Measures 1 and 2: javac, in process ({@link ToolProvider#getSystemJavaCompiler()}, a fresh file manager
 * per compile, the processor path loaded anew each time as a build tool does), on the generated corpus.
 *
 * <ul>
 *   <li>(a) the drivers with driverkit's processor on the processor path;</li>
 *   <li>(b) the same drivers plus what (a) generated, saved as if hand-written, with {@code -proc:none}:
 *       what the code costs without a processor;</li>
 *   <li>(c) the drivers annotated {@code @AutoService(BaseSourceDriver.class)} (or BaseStoreTarget), with
 *       AutoService alone on the processor path;</li>
 *   <li>(c0) the same sources as (c) with {@code -proc:none}, AutoService's own baseline.</li>
 * </ul>
 * Warm-up rounds first (JIT of javac itself), then repetitions whose variant order rotates; medians.
 * Measure 2 edits one driver and recompiles just it with the previous output on the class path.
 */
public final class JavacMeasure {
    /** The compile variants of measure 1. */
    enum Variant {
        DRIVERKIT("a", "driverkit processor"),
        REPLAY("a0", "the same files written by a minimal replay processor"),
        OWN_OUTPUT("b", "drivers + generated sources, -proc:none"),
        AUTOSERVICE("c", "@AutoService, AutoService processor"),
        AUTOSERVICE_NO_PROC("c0", "@AutoService sources, -proc:none");

        final String label;
        final String description;

        Variant(String label, String description) {
            this.label = label;
            this.description = description;
        }
    }

    /** One size's corpus: the plain sources, the @AutoService sources, and (a)'s generated sources. */
    private record CorpusSet(int n, Path root, Path src, Path srcAutoService, Path generatedCopy, Path resourcesCopy,
            List<Driver> drivers,
            List<Path> sources, List<Path> sourcesAutoService, List<Path> sourcesWithGenerated) {}

    /** A compile's wall time and the CPU time the whole JVM spent meanwhile (javac, JIT and GC threads). */
    private record Compiled(double millis, double cpuMillis, List<String> errors) {}

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final Env env;
    private final Settings settings;
    private final Report report;
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final String classpath;
    private final String driverkitProcessorPath;
    private final String autoServiceProcessorPath;
    private final Map<Integer, CorpusSet> corpora = new TreeMap<>();
    private final Map<Integer, Map<Variant, List<Double>>> times = new TreeMap<>();
    private final Map<Integer, Map<Variant, List<Double>>> cpuTimes = new TreeMap<>();
    /** The time of the compile that produced each corpus's generated sources (the smoke run's only (a)). */
    private final Map<Integer, Double> referenceTimes = new TreeMap<>();
    private final Map<Integer, Double> referenceCpu = new TreeMap<>();

    public JavacMeasure(Env env, Settings settings, Report report) {
        this.env = env;
        this.settings = settings;
        this.report = report;
        this.classpath = Env.join(env.runtimeClasspath());
        this.driverkitProcessorPath = Env.join(env.driverkitProcessorPath());
        this.autoServiceProcessorPath = Env.join(env.autoServiceProcessorPath());
    }

    private Path root() {
        return env.workDir().resolve("javac");
    }

    // ---- measure 1 ----

    public void runFull() {
        report.detail("");
        report.detail("[1] javac on a generated corpus of " + settings.corpusSizes() + " drivers (in-process javac, "
                + env.runtimeClasspath().size() + " jars on the class path incl. Spark and DFLib, --release 17)");
        for (int n : settings.corpusSizes()) {
            prepare(n);
        }
        int smallest = settings.corpusSizes().get(0);
        for (int round = 0; round < settings.javacWarmupRounds(); round++) {
            for (Variant variant : Variant.values()) {
                compile(corpora.get(smallest), variant, "warm-up");
            }
        }
        // Every size and variant side by side: each round runs every (size, variant) still due, in an order
        // that rotates from round to round, so drift over the minutes of the run hits sizes and variants alike.
        Map<Integer, List<Variant>> variantsBySize = new TreeMap<>();
        Map<Integer, Integer> repsBySize = new TreeMap<>();
        for (int n : settings.corpusSizes()) {
            // the smoke run compiles every variant at the middle size only, and (a) at the others
            variantsBySize.put(n, settings.smoke() && n != settings.baseSize() ? List.of(Variant.DRIVERKIT)
                    : List.of(Variant.values()));
            repsBySize.put(n, n == settings.bigSize() ? settings.javacRepsLargest() : settings.javacReps());
            times.put(n, new EnumMap<>(Variant.class));
            cpuTimes.put(n, new EnumMap<>(Variant.class));
        }
        int rounds = repsBySize.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (int rep = 0; rep < rounds; rep++) {
            int round = rep;
            List<Integer> sizes = settings.corpusSizes().stream().filter(n -> repsBySize.get(n) > round).toList();
            for (int i = 0; i < sizes.size(); i++) {
                int n = sizes.get((i + rep) % sizes.size());
                List<Variant> variants = variantsBySize.get(n);
                for (int k = 0; k < variants.size(); k++) {
                    Variant variant = variants.get((k + rep) % variants.size());
                    boolean reuse = settings.smoke() && variant == Variant.DRIVERKIT; // (a) once: the reference compile
                    Compiled compiled = reuse ? new Compiled(referenceTimes.get(n), referenceCpu.get(n), List.of())
                            : compile(corpora.get(n), variant, "rep " + rep);
                    times.get(n).computeIfAbsent(variant, v -> new ArrayList<>()).add(compiled.millis());
                    cpuTimes.get(n).computeIfAbsent(variant, v -> new ArrayList<>()).add(compiled.cpuMillis());
                }
            }
        }
        for (int n : settings.corpusSizes()) {
            List<Variant> variants = variantsBySize.get(n);
            Map<Variant, List<Double>> byVariant = times.get(n);
            Map<Variant, List<Double>> cpuByVariant = cpuTimes.get(n);
            StringBuilder line = new StringBuilder("  N=" + n + ":");
            for (Variant variant : variants) {
                line.append("\n    (").append(variant.label).append(") ").append(variant.description).append(": ")
                        .append(Stats.describe(byVariant.get(variant), "ms")).append("; JVM CPU ")
                        .append(Stats.fmt(Stats.median(cpuByVariant.get(variant)))).append(" ms");
            }
            double a = median(n, Variant.DRIVERKIT);
            line.append(String.format(Locale.ROOT, "%n    driverkit %.2f ms/driver", a / n));
            if (variants.contains(Variant.OWN_OUTPUT)) {
                double b = median(n, Variant.OWN_OUTPUT);
                line.append(String.format(Locale.ROOT, " (b: %.2f); processor's share a-b = %.0f ms (%.2f ms/driver)",
                        b / n, a - b, (a - b) / n));
                line.append("\n    per-round ratios (median first): ")
                        .append(perRound(byVariant, Variant.DRIVERKIT, Variant.OWN_OUTPUT, "a/b")).append("; ")
                        .append(perRound(byVariant, Variant.REPLAY, Variant.OWN_OUTPUT, "a0/b")).append("; ")
                        .append(perRound(byVariant, Variant.DRIVERKIT, Variant.REPLAY, "a/a0")).append("; ")
                        .append(perRound(byVariant, Variant.AUTOSERVICE, Variant.AUTOSERVICE_NO_PROC, "c/c0"));
            }
            report.detail(line.toString());
        }
        int base = settings.baseSize();
        int big = settings.bigSize();
        double a = median(base, Variant.DRIVERKIT);
        double b = median(base, Variant.OWN_OUTPUT);
        // ratios: medians of the rounds' paired ratios (each round ran every size and variant side by side)
        double ab = Stats.pairedRatio(times.get(base).get(Variant.DRIVERKIT), times.get(base).get(Variant.OWN_OUTPUT));
        report.row("1", "javac N=" + base + ": driverkit (a) / its output with -proc:none (b)",
                "medians " + Stats.fmt(a) + " vs " + Stats.fmt(b) + " ms; " + Stats.fmt(a / base) + " ms/driver", ab, "<= 1.15x",
                ab <= 1.15);
        double aBig = median(big, Variant.DRIVERKIT);
        double scaling = Stats.pairedRatio(times.get(big).get(Variant.DRIVERKIT), times.get(base).get(Variant.DRIVERKIT));
        report.row("1", "javac driverkit N=" + big + " / N=" + base, "medians " + Stats.fmt(aBig) + " vs " + Stats.fmt(a) + " ms; "
                + Stats.fmt(aBig / big) + " ms/driver at N=" + big, scaling, "<= 2.1x", scaling <= 2.1);
        double a0 = median(base, Variant.REPLAY);
        if (times.get(big).containsKey(Variant.REPLAY)) {
            report.info("1", "javac N=" + big + " / N=" + base + " for (a0) replay and (b) -proc:none",
                    "a0 " + Stats.fmt(median(big, Variant.REPLAY)) + " vs " + Stats.fmt(a0) + " ms; b " + Stats.fmt(median(big, Variant.OWN_OUTPUT))
                            + " vs " + Stats.fmt(b) + " ms",
                    Stats.ratio(median(big, Variant.REPLAY) / a0) + "; " + Stats.ratio(median(big, Variant.OWN_OUTPUT) / b));
        }
        report.info("1", "javac N=" + base + ": (a0) same files by a minimal replay processor / (b): javac's own share",
                Stats.fmt(a0) + " vs " + Stats.fmt(b) + " ms", Stats.ratio(Stats.pairedRatio(times.get(base).get(Variant.REPLAY),
                        times.get(base).get(Variant.OWN_OUTPUT))));
        report.info("1", "javac N=" + base + ": (a) driverkit / (a0) replay: driverkit's own share",
                Stats.fmt(a) + " vs " + Stats.fmt(a0) + " ms", Stats.ratio(Stats.pairedRatio(times.get(base).get(Variant.DRIVERKIT),
                        times.get(base).get(Variant.REPLAY))));
        double aCpu = Stats.median(cpuTimes.get(base).get(Variant.DRIVERKIT));
        double bCpu = Stats.median(cpuTimes.get(base).get(Variant.OWN_OUTPUT));
        report.info("1", "javac N=" + base + ", JVM CPU time instead of wall time: (a) / (b)",
                Stats.fmt(aCpu) + " vs " + Stats.fmt(bCpu) + " ms CPU", Stats.ratio(aCpu / bCpu));
        double c = median(base, Variant.AUTOSERVICE);
        double c0 = median(base, Variant.AUTOSERVICE_NO_PROC);
        report.info("1", "javac N=" + base + ": AutoService (c) / its sources with -proc:none (c0)",
                Stats.fmt(c) + " vs " + Stats.fmt(c0) + " ms", Stats.ratio(Stats.pairedRatio(times.get(base).get(Variant.AUTOSERVICE),
                        times.get(base).get(Variant.AUTOSERVICE_NO_PROC))));
        List<String> perDriver = new ArrayList<>();
        for (int n : settings.corpusSizes()) {
            perDriver.add("N=" + n + ": " + Stats.fmt(median(n, Variant.DRIVERKIT) / n));
        }
        int small = settings.corpusSizes().get(0);
        double marginal = (aBig - median(small, Variant.DRIVERKIT)) / (big - small);
        String marginalB = times.get(small).containsKey(Variant.OWN_OUTPUT) && times.get(big).containsKey(Variant.OWN_OUTPUT)
                ? " (b: " + Stats.fmt((median(big, Variant.OWN_OUTPUT) - median(small, Variant.OWN_OUTPUT)) / (big - small)) + ")"
                : "";
        if (!settings.smoke() || Boolean.getBoolean("bench.profile")) {
            profile(corpora.get(base));
            if (!settings.smoke()) {
                profile(corpora.get(big)); // does any phase's share grow with N?
            }
        }
        report.info("1", "javac driverkit ms per driver", String.join("; ", perDriver) + "; marginal (N=" + small + " to "
                + big + ") " + Stats.fmt(marginal) + marginalB, Stats.fmt(marginal) + " ms");
    }

    /** "a/b 1.90 [1.71 1.90 2.42 1.85 2.03]": the median of the rounds' ratios, then each round's. */
    private static String perRound(Map<Variant, List<Double>> byVariant, Variant x, Variant y, String label) {
        List<Double> a = byVariant.get(x);
        List<Double> b = byVariant.get(y);
        StringBuilder text = new StringBuilder(label).append(' ').append(String.format(Locale.ROOT, "%.2f",
                Stats.pairedRatio(a, b))).append(" [");
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            text.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.2f", a.get(i) / b.get(i)));
        }
        return text.append(']').toString();
    }

    /** One more (a) compile at the base size under JFR: where the processor's time goes. */
    private void profile(CorpusSet corpus) {
        Path jfr = corpus.root().resolve("driverkit-compile.jfr");
        Compiled compiled = JfrProfile.record(jfr, () -> compile(corpus, Variant.DRIVERKIT, "profiled"));
        report.detail("  JFR of one more (a) compile at N=" + corpus.n() + " (" + Stats.fmt(compiled.millis()) + " ms; " + jfr
                + "), share of the compiling thread's samples by phase (each sample in its innermost phase):");
        List<JfrProfile.Phase> phases = List.of(
                new JfrProfile.Phase("javac Filer: reopening checks (each new file vs every input and output)",
                        List.of("com.sun.tools.javac.processing.JavacFiler.checkFileReopening")),
                new JfrProfile.Phase("javac Filer: creating and writing the generated files",
                        List.of("com.sun.tools.javac.processing.JavacFiler$FilerOutputFileObject",
                                "com.sun.tools.javac.processing.JavacFiler$FilerOutputJavaFileObject",
                                "com.sun.tools.javac.processing.JavacFiler$FilerWriter",
                                "com.sun.tools.javac.processing.JavacFiler$FilerOutputStream",
                                "com.sun.tools.javac.processing.JavacFiler.create")),
                new JfrProfile.Phase("driverkit CodecNameRule (getTypeElement of a codec not yet generated)",
                        List.of("dev.driverkit.processor.validation.CodecNameRule.check")),
                new JfrProfile.Phase("driverkit ClasspathKindRule (Filer.getResource on the class path)",
                        List.of("dev.driverkit.processor.validation.ClasspathKindRule.check")),
                new JfrProfile.Phase("driverkit: JavaPoet building and emitting the code",
                        List.of("dev.driverkit.processor.internal.javapoet.")),
                new JfrProfile.Phase("driverkit: everything else (models, other rules, schema, entries)",
                        List.of("dev.driverkit.processor.")),
                new JfrProfile.Phase("javac: the later rounds (re-entering every unit, parsing the generated sources)",
                        List.of("com.sun.tools.javac.processing.JavacProcessingEnvironment$Round.next",
                                "com.sun.tools.javac.processing.JavacProcessingEnvironment$Round.<init>"), true),
                new JfrProfile.Phase("javac: other annotation-processing work",
                        List.of("com.sun.tools.javac.main.JavaCompiler.processAnnotations",
                                "com.sun.tools.javac.main.JavaCompiler.initProcessAnnotations"), true),
                new JfrProfile.Phase("javac: attribute, flow, desugar",
                        List.of("com.sun.tools.javac.main.JavaCompiler.attribute", "com.sun.tools.javac.main.JavaCompiler.flow",
                                "com.sun.tools.javac.main.JavaCompiler.desugar"), true),
                new JfrProfile.Phase("javac: generating and writing class files",
                        List.of("com.sun.tools.javac.main.JavaCompiler.generate"), true),
                new JfrProfile.Phase("javac: parsing and entering the drivers (the first round)",
                        List.of("com.sun.tools.javac.main.JavaCompiler.parseFiles", "com.sun.tools.javac.main.JavaCompiler.enterTrees"),
                        true));
        JfrProfile.shares(jfr, Thread.currentThread().getName(), phases).forEach(line -> report.detail("    " + line));
    }

    private double median(int n, Variant variant) {
        return Stats.median(times.get(n).get(variant));
    }

    /** Writes the corpus of size {@code n} and compiles it once with driverkit to get its generated sources. */
    private CorpusSet prepare(int n) {
        return corpora.computeIfAbsent(n, size -> {
            Path dir = root().resolve("n" + size);
            Path src = Dirs.fresh(dir.resolve("src"));
            Path srcAs = Dirs.fresh(dir.resolve("src-autoservice"));
            List<Driver> drivers = Corpus.write(src, size, false, true);
            Corpus.write(srcAs, size, true, true);
            List<Path> sources = drivers.stream().map(Driver::file).toList();
            List<Path> sourcesAs = drivers.stream().map(d -> srcAs.resolve(src.relativize(d.file()))).toList();
            Path generated = dir.resolve("generated-copy");
            Path resources = dir.resolve("generated-resources-copy");
            CorpusSet partial = new CorpusSet(size, dir, src, srcAs, generated, resources, drivers, sources, sourcesAs, List.of());
            Compiled reference = compile(partial, Variant.DRIVERKIT, "reference");
            referenceTimes.put(size, reference.millis());
            referenceCpu.put(size, reference.cpuMillis());
            Dirs.copy(dir.resolve("a-generated"), generated);
            Dirs.fresh(resources);
            for (Path file : Dirs.files(dir.resolve("a-out"))) { // the generated resources: everything but classes
                if (!file.toString().endsWith(".class")) {
                    Path copy = resources.resolve(dir.resolve("a-out").relativize(file).toString());
                    try {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            List<Path> withGenerated = new ArrayList<>(sources);
            withGenerated.addAll(Dirs.files(generated, ".java"));
            report.detail("  corpus N=" + size + ": " + drivers.stream().filter(Driver::target).count() + " targets, "
                    + (size - drivers.stream().filter(Driver::target).count()) + " sources; driverkit generated "
                    + (withGenerated.size() - size) + " source files");
            return new CorpusSet(size, dir, src, srcAs, generated, resources, drivers, sources, sourcesAs, withGenerated);
        });
    }

    private Compiled compile(CorpusSet corpus, Variant variant, String what) {
        Path out = Dirs.fresh(corpus.root().resolve(variant.label + "-out"));
        Path generated = Dirs.fresh(corpus.root().resolve(variant.label + "-generated"));
        List<String> options = new ArrayList<>(List.of("-encoding", "UTF-8", "--release", "17", "-d", out.toString(),
                "-classpath", classpath));
        List<Path> sources;
        switch (variant) {
            case DRIVERKIT -> {
                sources = corpus.sources();
                options.addAll(List.of("-sourcepath", corpus.src().toString(), "-s", generated.toString(),
                        "-processorpath", driverkitProcessorPath));
            }
            case REPLAY -> {
                sources = corpus.sources();
                options.addAll(List.of("-sourcepath", corpus.src().toString(), "-s", generated.toString(),
                        "-processorpath", env.benchClasses().toString(), "-processor", ReplayProcessor.class.getName(),
                        "-Areplay.sources=" + corpus.generatedCopy(), "-Areplay.resources=" + corpus.resourcesCopy()));
            }
            case OWN_OUTPUT -> {
                sources = corpus.sourcesWithGenerated();
                options.addAll(List.of("-sourcepath", corpus.src() + java.io.File.pathSeparator + corpus.generatedCopy(),
                        "-proc:none"));
            }
            case AUTOSERVICE -> {
                sources = corpus.sourcesAutoService();
                options.addAll(List.of("-sourcepath", corpus.srcAutoService().toString(), "-s", generated.toString(),
                        "-processorpath", autoServiceProcessorPath));
            }
            case AUTOSERVICE_NO_PROC -> {
                sources = corpus.sourcesAutoService();
                options.addAll(List.of("-sourcepath", corpus.srcAutoService().toString(), "-proc:none"));
            }
            default -> throw new IllegalStateException();
        }
        Compiled compiled = javac(sources, options);
        if (!compiled.errors().isEmpty()) {
            throw new IllegalStateException("javac (" + variant.label + ", N=" + corpus.n() + ", " + what + ") failed:\n  "
                    + String.join("\n  ", compiled.errors().subList(0, Math.min(10, compiled.errors().size()))));
        }
        verifyOutput(corpus, variant, out);
        return compiled;
    }

    /** javac in process with a fresh file manager; the time covers creating and closing it. */
    private Compiled javac(List<Path> sources, List<String> options) {
        System.gc();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        long cpuStart = OS.getProcessCpuTime();
        long start = System.nanoTime();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            Boolean ok = javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
            long end = System.nanoTime();
            long cpuEnd = OS.getProcessCpuTime();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                    .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                            + d.getMessage(Locale.ROOT))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (!Boolean.TRUE.equals(ok) && errors.isEmpty()) {
                errors.add("javac returned false without an error diagnostic");
            }
            return new Compiled((end - start) / 1e6, (cpuEnd - cpuStart) / 1e6, errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every driver got its class, and (a) its entry and codec, (c) its service line. */
    private void verifyOutput(CorpusSet corpus, Variant variant, Path out) {
        for (Driver driver : List.of(corpus.drivers().get(0), corpus.drivers().get(corpus.n() - 1))) {
            if (!Files.isRegularFile(driver.classFile(out))) {
                throw new IllegalStateException("(" + variant.label + ") wrote no " + driver.classFile(out));
            }
        }
        if (variant == Variant.DRIVERKIT || variant == Variant.REPLAY) {
            int entries = Dirs.files(out.resolve("driverkit/registry"), ".properties").size();
            int codecs = (int) Dirs.files(out, "_SpecCodec.class").size();
            if (entries != corpus.n() || codecs != corpus.n()) {
                throw new IllegalStateException("driverkit wrote " + entries + " registry entries and " + codecs
                        + " codecs for " + corpus.n() + " drivers in " + out);
            }
        } else if (variant == Variant.AUTOSERVICE) {
            long providers = 0;
            for (Path file : Dirs.files(out.resolve("META-INF/services"), "")) {
                try {
                    providers += Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            if (providers != corpus.n()) {
                throw new IllegalStateException("AutoService registered " + providers + " providers for " + corpus.n() + " drivers");
            }
        }
    }

    // ---- measure 2 ----

    /** Measure 2: edit one driver and recompile just it, at every corpus size. */
    public void runIncremental() {
        report.detail("");
        report.detail("[2] incremental: edit one driver, recompile it alone with the previous output on the class path");
        Map<Integer, Double> incremental = new LinkedHashMap<>();
        Map<Integer, Double> incrementalNoProc = new LinkedHashMap<>();
        boolean allCorrect = true;
        List<String> problems = new ArrayList<>();
        // the smoke run edits at the smallest and largest size only
        List<Integer> sizes = settings.smoke() ? List.of(settings.corpusSizes().get(0), settings.bigSize())
                : settings.corpusSizes();
        for (int n : sizes) {
            CorpusSet corpus = prepare(n);
            Path previous = corpus.root().resolve("a-out");
            if (!Files.isRegularFile(corpus.drivers().get(0).classFile(previous))) {
                compile(corpus, Variant.DRIVERKIT, "full build for the incremental measure");
            }
            Path dir = corpus.root().resolve("incremental");
            Path out = dir.resolve("out");
            Dirs.copy(previous, out);
            Path scratch = dir.resolve("scratch-out");
            Path src = Dirs.fresh(dir.resolve("src"));
            Path generated = Dirs.fresh(dir.resolve("generated"));
            Map<String, String> before = Dirs.digests(out);

            int index = n / 2;
            while (Corpus.driver(src, index, true).target()) {
                index++;
            }
            Driver edited = Corpus.driver(src, index, true);
            String withPrevious = out + java.io.File.pathSeparator + classpath;
            List<Double> editTimes = new ArrayList<>();
            List<Double> editTimesNoProc = new ArrayList<>();
            int reps = Math.max(settings.incrementalReps(), 2); // two edits at least: the second must undo the first's field
            if (settings.javacWarmupRounds() > 0) { // warm javac's single-file path
                Corpus.write(edited, false, 99);
                javac(List.of(edited.file()), List.of("-encoding", "UTF-8", "--release", "17", "-d", Dirs.fresh(scratch).toString(),
                        "-classpath", withPrevious, "-proc:none"));
            }
            int lastEdit = 0;
            for (int rep = 1; rep <= reps; rep++) {
                lastEdit = rep;
                Corpus.write(edited, false, rep);
                List<String> common = List.of("-encoding", "UTF-8", "--release", "17", "-sourcepath", src.toString(),
                        "-classpath", withPrevious);
                List<String> withProcessor = new ArrayList<>(common);
                withProcessor.addAll(List.of("-d", out.toString(), "-s", generated.toString(), "-processorpath",
                        driverkitProcessorPath));
                List<String> noProc = new ArrayList<>(common);
                noProc.addAll(List.of("-d", Dirs.fresh(scratch).toString(), "-proc:none"));
                Compiled a;
                Compiled b;
                if (settings.smoke()) { // the smoke run skips the -proc:none comparison
                    a = javac(List.of(edited.file()), withProcessor);
                    b = new Compiled(Double.NaN, Double.NaN, List.of());
                } else if (rep % 2 == 0) {
                    b = javac(List.of(edited.file()), noProc);
                    a = javac(List.of(edited.file()), withProcessor);
                } else {
                    a = javac(List.of(edited.file()), withProcessor);
                    b = javac(List.of(edited.file()), noProc);
                }
                if (!a.errors().isEmpty() || !b.errors().isEmpty()) {
                    throw new IllegalStateException("incremental compile of " + edited.className() + " failed: "
                            + a.errors() + b.errors());
                }
                editTimes.add(a.millis());
                editTimesNoProc.add(b.millis());
            }
            incremental.put(n, Stats.median(editTimes));
            incrementalNoProc.put(n, Stats.median(editTimesNoProc));

            // what changed: only the edited driver's own files
            Map<String, String> after = Dirs.digests(out);
            Set<String> changed = new TreeSet<>();
            for (String file : after.keySet()) {
                if (!after.get(file).equals(before.get(file))) {
                    changed.add(file);
                }
            }
            Set<String> removed = new TreeSet<>(before.keySet());
            removed.removeAll(after.keySet());
            String own = edited.packageName().replace('.', '/') + "/" + edited.simpleName();
            // the driver's own outputs: its classes (Driver, Driver$Mode, Driver_SpecCodec, ...) and the per-kind
            // resources named after its kind (driverkit/registry/sources/kind0500.properties, and any the processor adds)
            List<String> foreign = changed.stream().filter(f -> !f.startsWith(own)
                    && !f.substring(f.lastIndexOf('/') + 1).startsWith(edited.kind() + ".")).toList();
            List<String> problemsHere = new ArrayList<>();
            if (!foreign.isEmpty() || !removed.isEmpty()) {
                problemsHere.add("files of other drivers changed: " + foreign + ", removed: " + removed);
            }
            problemsHere.addAll(verifyRegistry(out, corpus, edited, lastEdit));
            if (!problemsHere.isEmpty()) {
                allCorrect = false;
                problems.addAll(problemsHere.stream().map(p -> "N=" + n + ": " + p).toList());
            }
            report.detail("  N=" + n + ": edited " + edited.className() + " (" + reps + " edits: engines and an added @Spec field"
                    + " each time); with driverkit " + Stats.describe(editTimes, "ms") + ", same file with -proc:none "
                    + Stats.describe(editTimesNoProc, "ms") + "; rewritten: " + changed + (problemsHere.isEmpty()
                    ? "; registry and codecs verified" : "; PROBLEMS: " + problemsHere));
        }
        int small = settings.corpusSizes().get(0);
        int base = settings.baseSize();
        int big = settings.bigSize();
        int shown = incremental.containsKey(base) ? base : big;
        double full = times.containsKey(shown) ? median(shown, Variant.DRIVERKIT) : Double.NaN;
        double scaling = incremental.get(big) / incremental.get(small);
        report.row("2", "incremental, 1 driver edited: N=" + big + " / N=" + small, Stats.fmt(incremental.get(big)) + " vs "
                + Stats.fmt(incremental.get(small)) + " ms", scaling, "<= 1.25x (not growing with N)", scaling <= 1.25);
        report.check("2", "incremental: entries and codecs correct, only the edited driver's files rewritten",
                problems.isEmpty() ? "verified at N=" + sizes : String.join("; ", problems),
                "yes", allCorrect);
        if (!allCorrect) {
            problems.forEach(report::fail);
        }
        report.info("2", "incremental N=" + shown + ": one driver / full rebuild", Stats.fmt(incremental.get(shown))
                + " vs " + Stats.fmt(full) + " ms", Stats.ratio(incremental.get(shown) / full));
        if (!settings.smoke()) {
            report.info("2", "incremental N=" + shown + ": with driverkit / same file -proc:none", Stats.fmt(incremental.get(shown))
                    + " vs " + Stats.fmt(incrementalNoProc.get(shown)) + " ms",
                    Stats.ratio(incremental.get(shown) / incrementalNoProc.get(shown)));
        }
    }

    /** The registry over the incrementally rebuilt output: every driver listed, the edit visible, others intact. */
    private List<String> verifyRegistry(Path out, CorpusSet corpus, Driver edited, int lastEdit) {
        List<String> problems = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            long listed = registry.sources().stream().filter(i -> i.kind().startsWith("kind")).count()
                    + registry.targets().stream().filter(i -> i.kind().startsWith("kind")).count();
            if (listed != corpus.n()) {
                problems.add("the registry lists " + listed + " corpus drivers, not " + corpus.n());
            }
            DriverInfo info = registry.source(edited.kind());
            Set<String> engines = info.engines().stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
            Set<String> expected = new TreeSet<>(Arrays.asList(Corpus.engines(edited.index(), lastEdit)));
            if (!engines.equals(expected)) {
                problems.add("the edited driver's entry lists engines " + engines + ", not " + expected);
            }
            String field = Corpus.editField(lastEdit);
            String json = "{\"kind\": \"" + edited.kind() + "\", \"name\": \"x\", \"attributes\": {\"" + field + "\": 42}}";
            BaseSourceDriver driver = registry.readSource(json);
            String written = registry.writeSpec(driver);
            if (!written.contains("\"" + field + "\":42")) {
                problems.add("the edited driver's codec does not round-trip " + field + ": " + written);
            }
            String old = Corpus.editField(lastEdit - 1);
            try {
                registry.readSource("{\"kind\": \"" + edited.kind() + "\", \"attributes\": {\"" + old + "\": 1}}");
                problems.add("the edited driver's codec still accepts the removed field " + old);
            } catch (SpecException expectedFailure) {
                // right: the previous edit's field is gone
            }
            Driver other = corpus.drivers().get(0);
            String otherJson = "{\"kind\":\"" + other.kind() + "\",\"name\":\"n0\",\"path\":\"p\"}";
            String otherWritten = other.target() ? registry.writeSpec(registry.readTarget(otherJson))
                    : registry.writeSpec(registry.readSource(otherJson));
            if (!otherWritten.contains("\"kind\":\"" + other.kind() + "\"") || !otherWritten.contains("\"name\":\"n0\"")
                    || !otherWritten.contains("\"path\":\"p\"")) {
                problems.add("an unedited driver no longer round-trips: " + otherWritten);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            problems.add("registry check failed: " + e);
        }
        return problems;
    }
}
