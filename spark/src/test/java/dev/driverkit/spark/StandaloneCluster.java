package dev.driverkit.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on loopback, as the examples' spark-submit check starts one: a Master and one
 * Worker (1 core, 1 GiB) in JVMs of their own, from Spark's jars; the Worker launches executor JVMs through
 * Spark's launcher, which wants a SPARK_HOME with a {@code jars/} folder (symbolic links here). Closing it
 * stops the Worker, its executors and the Master.
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final List<String> sparkJars;
    private final List<String> jvmFlags;
    private final Path work;
    private final Path sparkHome;
    private final List<Process> processes = new ArrayList<>();
    private String masterUrl;

    private StandaloneCluster(List<String> sparkJars, List<String> jvmFlags, Path work) {
        this.sparkJars = sparkJars;
        this.jvmFlags = jvmFlags;
        this.work = work;
        this.sparkHome = work.resolve("spark-home");
    }

    static StandaloneCluster start(List<String> sparkJars, List<String> jvmFlags, Path work) throws IOException,
            InterruptedException {
        StandaloneCluster cluster = new StandaloneCluster(sparkJars, jvmFlags, work);
        try {
            cluster.startProcesses();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    private void startProcesses() throws IOException, InterruptedException {
        Path jars = Files.createDirectories(sparkHome.resolve("jars"));
        Set<String> names = new HashSet<>();
        for (String jar : sparkJars) {
            Path file = Path.of(jar);
            String name = names.add(file.getFileName().toString()) ? file.getFileName().toString()
                    : names.size() + "-" + file.getFileName();
            Files.createSymbolicLink(jars.resolve(name), file);
        }
        Path masterLog = work.resolve("master.log");
        start("org.apache.spark.deploy.master.Master", List.of("--host", "127.0.0.1", "--port", "0", "--webui-port", "0"),
                masterLog);
        Matcher master = await(masterLog, Pattern.compile("Starting Spark master at (spark://[0-9.]+:[0-9]+)"));
        masterUrl = master.group(1);
        Path workerLog = work.resolve("worker.log");
        start("org.apache.spark.deploy.worker.Worker", List.of("--host", "127.0.0.1", "--cores", "1", "--memory", "1g",
                "--webui-port", "0", "--work-dir", Files.createDirectories(work.resolve("worker")).toString(), masterUrl),
                workerLog);
        await(workerLog, Pattern.compile("Successfully registered with master"));
    }

    private void start(String mainClass, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, sparkJars), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        environment(builder.environment());
        processes.add(builder.start());
    }

    /** What every JVM of the cluster and its clients needs: loopback only, and Spark's home for the executors. */
    void environment(Map<String, String> environment) {
        environment.put("SPARK_LOCAL_IP", "127.0.0.1");
        environment.put("SPARK_HOME", sparkHome.toString());
        environment.put("SPARK_SCALA_VERSION", "2.13");
    }

    /** Waits for {@code pattern} in {@code log}, while the processes live, within the timeout. */
    private Matcher await(Path log, Pattern pattern) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log)) {
                Matcher matcher = pattern.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (matcher.find()) {
                    return matcher;
                }
            }
            for (Process process : processes) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("A cluster process ended (exit " + process.exitValue() + ") before '"
                            + pattern + "'; see " + log);
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No '" + pattern + "' in " + log + " within " + START_TIMEOUT.toSeconds() + " s");
    }

    String masterUrl() {
        return masterUrl;
    }

    /** The executors' own logs (stderr of each executor the Worker launched). */
    List<Path> executorLogs() {
        try (var files = Files.walk(work.resolve("worker"))) {
            return files.filter(file -> file.getFileName().toString().equals("stderr")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        for (int i = processes.size() - 1; i >= 0; i--) { // the Worker (and its executors) first, then the Master
            Process process = processes.get(i);
            List<ProcessHandle> children = process.descendants().toList();
            process.destroy();
            children.forEach(ProcessHandle::destroy);
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
    }
}
