package dev.driverkit.bench.measure;

import dev.driverkit.bench.Dirs;
import dev.driverkit.bench.Env;
import dev.driverkit.bench.Procs;
import dev.driverkit.bench.Report;
import dev.driverkit.bench.Settings;
import dev.driverkit.bench.Stats;
import dev.driverkit.bench.child.RegistryProbe;
import dev.driverkit.bench.corpus.Corpus;
import dev.driverkit.bench.corpus.Corpus.Driver;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Measure 5: the first lookup of one kind with N source drivers in one jar on the class path, in a fresh
 * JVM ({@link RegistryProbe}): driverkit's registry against {@link java.util.ServiceLoader} iterating the
 * same N providers (the jar holds both driverkit's entries and AutoService's service file: the corpus is
 * compiled once with both processors). Which classes each loads is checked with {@code -Xlog:class+load}.
 */
public final class RegistryMeasure {
    private static final String CORPUS_PACKAGE = "bench.corpus.";

    private final Env env;
    private final Settings settings;
    private final Report report;

    public RegistryMeasure(Env env, Settings settings, Report report) {
        this.env = env;
        this.settings = settings;
        this.report = report;
    }

    public void run() {
        int n = settings.registryDrivers();
        report.detail("");
        report.detail("[5] registry: first lookup of one kind among " + n + " source drivers in one jar, fresh JVM");
        Path dir = env.workDir().resolve("registry");
        Path jar = buildJar(dir, n);
        Driver wanted = Corpus.driver(dir.resolve("src"), n / 2, false);

        List<Path> cp = new ArrayList<>();
        cp.add(env.benchClasses());
        cp.add(env.element("driverkit-runtime", "runtime"));
        cp.add(env.element("jackson-core", null));
        cp.add(jar);
        String classpath = Env.join(cp);

        Map<String, List<Double>> inJvm = new LinkedHashMap<>();
        Map<String, List<Double>> wall = new LinkedHashMap<>();
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        List<String> modes = List.of("driverkit", "serviceloader");
        int rounds = settings.registryReps() + (settings.smoke() ? 0 : 1);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < modes.size(); k++) {
                String mode = modes.get((k + round) % modes.size());
                Procs.Result result = Procs.run(List.of(env.java().toString(), "-cp", classpath,
                        RegistryProbe.class.getName(), mode, wanted.kind(), wanted.className()), dir.resolve(mode + ".log"));
                if (round == 0 && !settings.smoke()) {
                    continue; // warms the OS file cache
                }
                inJvm.computeIfAbsent(mode, m -> new ArrayList<>()).add(Double.parseDouble(result.get("micros")) / 1000);
                result.phases().forEach((phase, millis) -> phases.computeIfAbsent(phase, p -> new ArrayList<>()).add(millis));
                wall.computeIfAbsent(mode, m -> new ArrayList<>()).add(result.wallMillis());
            }
        }
        Map<String, Set<String>> loaded = new LinkedHashMap<>();
        for (String mode : modes) {
            Procs.Result result = Procs.run(List.of(env.java().toString(), "-Xlog:class+load=info:stdout", "-cp", classpath,
                    RegistryProbe.class.getName(), mode, wanted.kind(), wanted.className()), dir.resolve(mode + "-classes.log"));
            Set<String> classes = new TreeSet<>();
            for (String line : result.lines()) {
                int at = line.indexOf(" " + CORPUS_PACKAGE);
                if (line.contains("[class,load]") && at >= 0) {
                    classes.add(line.substring(at + 1, line.indexOf(' ', at + 1)));
                }
            }
            loaded.put(mode, classes);
            report.detail("  " + mode + ": main -> driver " + Stats.describe(inJvm.get(mode), "ms") + "; whole process "
                    + Stats.describe(wall.get(mode), "ms") + "; providers iterated " + result.get("providers")
                    + "; corpus classes loaded " + classes.size() + (classes.size() <= 3 ? " " + classes : ""));
            report.detail("    loads " + ClassLoads.summary(result.lines()));
        }
        report.detail("  driverkit, by phase (medians): " + phases.entrySet().stream()
                .map(e -> e.getKey() + " " + Stats.fmt(Stats.median(e.getValue())) + " ms").collect(java.util.stream.Collectors.joining(", ")));
        double driverkit = Stats.median(inJvm.get("driverkit"));
        double serviceLoader = Stats.median(inJvm.get("serviceloader"));
        double faster = Stats.pairedRatio(inJvm.get("serviceloader"), inJvm.get("driverkit"));
        report.row("5", "registry first lookup, " + n + " drivers: ServiceLoader scan / driverkit (x faster)",
                "medians " + Stats.fmt(serviceLoader) + " vs " + Stats.fmt(driverkit) + " ms (main -> driver)",
                faster, ">= 20x", faster >= 20);
        Set<String> ours = loaded.get("driverkit");
        Set<String> expected = Set.of(wanted.className(), wanted.className() + "_SpecCodec");
        boolean onlyOne = ours.equals(expected);
        report.check("5", "registry lookup loads only the asked driver's class (-Xlog:class+load)",
                "driverkit loaded " + ours + "; ServiceLoader loaded " + loaded.get("serviceloader").size() + " corpus classes",
                "yes", onlyOne);
        if (!onlyOne) {
            report.fail("driverkit's lookup of " + wanted.kind() + " loaded " + ours + ", expected " + expected);
        }
        List<Double> warm = new ArrayList<>();
        for (int round = 0; round < (settings.smoke() ? 1 : 5); round++) {
            Procs.Result result = Procs.run(List.of(env.java().toString(), "-cp", classpath, RegistryProbe.class.getName(),
                    "driverkit+jdkwarm", wanted.kind(), wanted.className()), dir.resolve("driverkit-jdkwarm.log"));
            warm.add(Double.parseDouble(result.get("micros")) / 1000);
        }
        report.info("5", "registry, diagnostic: ServiceLoader / driverkit with the JDK's logger, lambdas, string concatenation, streams pre-initialised",
                Stats.fmt(serviceLoader) + " vs " + Stats.fmt(Stats.median(warm)) + " ms",
                Stats.ratio(serviceLoader / Stats.median(warm)));
        report.info("5", "registry whole process (JVM start incl.): ServiceLoader / driverkit",
                Stats.fmt(Stats.median(wall.get("serviceloader"))) + " vs " + Stats.fmt(Stats.median(wall.get("driverkit"))) + " ms",
                Stats.ratio(Stats.median(wall.get("serviceloader")) / Stats.median(wall.get("driverkit"))));
    }

    /** Compiles N source drivers with driverkit's and AutoService's processors together and jars the output. */
    private Path buildJar(Path dir, int n) {
        Path src = Dirs.fresh(dir.resolve("src"));
        Path out = Dirs.fresh(dir.resolve("out"));
        Path generated = Dirs.fresh(dir.resolve("generated"));
        List<Driver> drivers = Corpus.write(src, n, true, false);
        List<Path> processorPath = new ArrayList<>(env.driverkitProcessorPath());
        processorPath.addAll(env.autoServiceProcessorPath());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> options = List.of("-encoding", "UTF-8", "--release", "17", "-d", out.toString(), "-s", generated.toString(),
                "-sourcepath", src.toString(), "-classpath", Env.join(env.runtimeClasspath()), "-processorpath", Env.join(processorPath));
        try (var files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
            var errors = new javax.tools.DiagnosticCollector<javax.tools.JavaFileObject>();
            boolean ok = javac.getTask(null, files, errors, options, null,
                    files.getJavaFileObjectsFromPaths(drivers.stream().map(Driver::file).toList())).call();
            if (!ok) {
                throw new IllegalStateException("The registry corpus does not compile: " + errors.getDiagnostics().subList(0,
                        Math.min(5, errors.getDiagnostics().size())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int entries = Dirs.files(out.resolve("driverkit/registry/sources"), ".properties").size();
        Path services = out.resolve("META-INF/services/dev.driverkit.BaseSourceDriver");
        long providers;
        try {
            providers = Files.readAllLines(services).stream().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("AutoService wrote no " + services, e);
        }
        if (entries != n || providers != n) {
            throw new IllegalStateException("The registry corpus has " + entries + " entries and " + providers + " providers, not " + n);
        }
        Path jar = dir.resolve("drivers-" + n + ".jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(file)) {
            Set<String> folders = new TreeSet<>();
            for (Path path : Dirs.files(out)) {
                String name = out.relativize(path).toString().replace('\\', '/');
                // directory entries too, as the jar tool writes them
                for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                    String folder = name.substring(0, slash + 1);
                    if (folders.add(folder)) {
                        zip.putNextEntry(new JarEntry(folder));
                        zip.closeEntry();
                    }
                }
                zip.putNextEntry(new JarEntry(name));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        report.detail("  " + jar.getFileName() + ": " + n + " drivers, " + entries + " registry entries, " + providers
                + " ServiceLoader providers; looking up " + Corpus.driver(dir, n / 2, false).kind());
        return jar;
    }
}
