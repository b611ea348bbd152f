package dev.driverkit.examples.nospark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "A driver that declares several engines runs on one without the others' jars": {@link NoSparkMain}
 * runs in a child JVM whose class path is this test's class path without any Spark, Scala or Hadoop
 * jar, and reads and writes with the csv source (PANDAS, STOREY) and the parquet drivers (STOREY
 * writer, asDf, PANDAS source).
 */
class NoSparkClassPathTest {
    @TempDir
    Path folder;

    /** The jars a Spark application brings: Spark's, Scala's (any _2.13 artifact) and Hadoop's. */
    static boolean isSparkJar(String entry) {
        String path = entry.replace('\\', '/');
        return path.contains("/org/apache/spark/") || path.contains("/org/scala-lang/") || path.contains("/org/apache/hadoop/")
                || new File(path).getName().contains("_2.13");
    }

    @Test
    void csvAndParquetRunWithoutSparkOnTheClassPath() throws Exception {
        // Surefire's own JVM sees a manifest-only jar; the real test class path is in this property.
        String full = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> entries = Arrays.asList(full.split(File.pathSeparator));
        assertTrue(entries.stream().anyMatch(NoSparkClassPathTest::isSparkJar), "the test class path has Spark to trim");
        List<String> trimmed = entries.stream().filter(entry -> !isSparkJar(entry)).toList();
        assertFalse(trimmed.stream().anyMatch(entry -> entry.contains("spark")), "no Spark jar left: " + trimmed);

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, trimmed), NoSparkMain.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .start();
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "the child JVM finishes");
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("absent: org.apache.spark.sql.Dataset"), output);
        assertTrue(output.contains("csv PANDAS: 1000 rows"), output);
        assertTrue(output.contains("parquet asDf: 1000 rows"), output);
        assertTrue(output.strip().endsWith("OK"), output);
    }
}
