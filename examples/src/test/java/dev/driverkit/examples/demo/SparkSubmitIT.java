package dev.driverkit.examples.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaging proof, in the build: {@code examples/scripts/spark-submit-check.sh} runs the demo from
 * the shaded jar through {@code org.apache.spark.deploy.SparkSubmit}, on {@code local[2]} and on a
 * Spark standalone cluster it starts on loopback (a Master, a Worker, an executor JVM), and checks that
 * every driver of the jar is found in the registry, in the driver JVM and in the Spark tasks. About
 * 70 s; {@code -DskipSparkSubmit} leaves it out. Its output goes to target/spark-submit-check.
 */
class SparkSubmitIT {
    @Test
    void theShadedJarRunsThroughSparkSubmitLocallyAndOnAStandaloneCluster() throws Exception {
        assumeFalse(Boolean.getBoolean("skipSparkSubmit"), "-DskipSparkSubmit");
        Path examples = Path.of(System.getProperty("driverkit.shaded.jar")).getParent().getParent();
        Path script = examples.resolve("scripts/spark-submit-check.sh");
        Path work = examples.resolve("target/spark-submit-check");
        Path log = examples.resolve("target/spark-submit-check.log");
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "all")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("SKIP_BUILD", "1");
        builder.environment().put("WORK", work.toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        String tail = output.length() > 6000 ? output.substring(output.length() - 6000) : output;
        assertTrue(finished, "the script finishes within 10 minutes; see " + log);
        assertEquals(0, process.exitValue(), "see " + log + "\n" + tail);
        assertTrue(output.contains("OK: every driver (source:csv,"), tail);
        System.out.println(output.substring(output.lastIndexOf("== Timings ==")));
    }
}
