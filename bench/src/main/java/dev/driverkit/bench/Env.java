package dev.driverkit.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Pattern;

/**
 * Where things are, from the system properties the bench module's pom sets (for {@code -Pbench} and for
 * the smoke test alike): the work folder, the class paths written by {@code dependency:build-classpath},
 * the benchmarks jar and Spark's JVM flags.
 */
public record Env(
        Path workDir,
        Path benchClasses,
        List<Path> runtimeClasspath,
        List<Path> driverkitProcessorPath,
        List<Path> autoServiceProcessorPath,
        Path jmhJar,
        List<String> sparkJvmArgs,
        Path java) {

    /**
     * The environment of a run, in its own folder {@code <bench.dir>/<mode>-<pid>} (folders of runs whose
     * process is gone are deleted). This module's classes, {@code benchmarks.jar} and driverkit's own jars
     * (runtime, processor, examples) are copied into it and the class paths name the copies: other shells
     * run {@code mvn install} on this working tree (which rebuilds this module too) while a run takes
     * minutes, and must not swap classes under it. The classes this JVM itself needs are loaded up front
     * for the same reason ({@link #preload}).
     */
    static Env fromSystemProperties(String mode) {
        Path root = Path.of(required("bench.dir"));
        deleteStaleRuns(root, mode);
        Path work = Dirs.fresh(root.resolve(mode + "-" + ProcessHandle.current().pid()));
        Path snapshot = work.resolve("snapshot");
        Path classes = snapshot.resolve("bench-classes");
        Dirs.copy(Path.of(required("bench.classes")), classes);
        Path jmhJar = snapshot.resolve("benchmarks.jar");
        try {
            Files.copy(Path.of(required("bench.jmh.jar")), jmhJar);
        } catch (IOException e) {
            throw new UncheckedIOException("No benchmarks.jar: it is built in the package phase", e);
        }
        return new Env(
                work,
                classes,
                snapshot(pathsIn(Path.of(required("bench.classpath.file"))), snapshot),
                snapshot(pathsIn(Path.of(required("bench.driverkit.processorpath.file"))), snapshot),
                pathsIn(Path.of(required("bench.autoservice.processorpath.file"))),
                jmhJar,
                Arrays.stream(System.getProperty("bench.spark.jvmArgs", "").trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList(),
                Path.of(System.getProperty("java.home"), "bin", "java"));
    }

    private static void deleteStaleRuns(Path root, String mode) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (var runs = Files.list(root)) {
            for (Path run : runs.toList()) {
                String name = run.getFileName().toString();
                if (Files.isDirectory(run) && name.matches(Pattern.quote(mode) + "-\\d+")) {
                    long pid = Long.parseLong(name.substring(mode.length() + 1));
                    if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue; // another run, in progress
                    }
                    Dirs.delete(run);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // a folder another run is deleting at the same time: leave it
        }
    }

    /**
     * Loads (without initialising) every class of driverkit's runtime and of this module that this JVM
     * may use, while their jars and folders are whole.
     */
    static void preload() {
        ClassLoader loader = Env.class.getClassLoader();
        for (Class<?> anchor : List.of(dev.driverkit.registry.DriverRegistry.class, Env.class)) {
            try {
                Path location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
                List<String> names = new ArrayList<>();
                if (Files.isDirectory(location)) {
                    for (Path file : Dirs.files(location, ".class")) {
                        names.add(location.relativize(file).toString().replace(File.separatorChar, '/'));
                    }
                } else {
                    try (var jar = new JarFile(location.toFile())) {
                        jar.stream().map(JarEntry::getName).filter(n -> n.endsWith(".class")).forEach(names::add);
                    }
                }
                for (String name : names) {
                    if (name.contains("jmh_generated") || name.endsWith("module-info.class")) {
                        continue;
                    }
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a class that needs what this JVM does not have (Spark, for the child JVMs): never used here
                    }
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                // best effort
            }
        }
    }

    private static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the benchmarks through"
                    + " Maven (mvn -B -q install -DskipTests -Pbench), which sets it.");
        }
        return value;
    }

    private static List<Path> pathsIn(Path file) {
        try {
            List<Path> paths = new ArrayList<>();
            for (String element : Files.readString(file).trim().split(File.pathSeparator)) {
                if (!element.isBlank()) {
                    paths.add(Path.of(element.trim()));
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class path file " + file, e);
        }
    }

    private static List<Path> snapshot(List<Path> paths, Path folder) {
        List<Path> copies = new ArrayList<>(paths.size());
        for (Path path : paths) {
            String name = path.getFileName().toString();
            boolean ours = name.startsWith("driverkit-") || path.toString().replace(File.separatorChar, '/').contains("/target/classes");
            if (!ours) {
                copies.add(path);
                continue;
            }
            String copyName = Files.isDirectory(path) ? path.getParent().getParent().getFileName() + "-classes" : name;
            Path copy = folder.resolve(copyName);
            if (!Files.exists(copy)) {
                if (Files.isDirectory(path)) {
                    Dirs.copy(path, copy);
                } else {
                    try {
                        Files.createDirectories(folder);
                        Files.copy(path, copy);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            copies.add(copy);
        }
        return copies;
    }

    /** The run-time class path with this module's classes first: what the child JVMs run on. */
    public List<Path> childClasspath() {
        List<Path> paths = new ArrayList<>();
        paths.add(benchClasses);
        paths.addAll(runtimeClasspath);
        return paths;
    }

    /**
     * The class-path element of an artifact: its jar ({@code jackson-core-2.18.2.jar}), or, for a module of
     * this build, its {@code target/classes} or jar (the reactor resolves siblings to either).
     */
    public Path element(String artifactId, String moduleFolder) {
        return runtimeClasspath.stream()
                .filter(p -> p.getFileName().toString().startsWith(artifactId + "-")
                        || (moduleFolder != null && (p.getFileName().toString().equals(moduleFolder + "-classes")
                                || p.toString().replace(File.separatorChar, '/').contains("/" + moduleFolder + "/target/"))))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No " + artifactId + " on the class path " + runtimeClasspath));
    }

    public static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
