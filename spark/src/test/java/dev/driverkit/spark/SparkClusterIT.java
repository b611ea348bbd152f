package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.examples.support.RowChecksum;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark SQL with no Java of the user's, on a real Spark standalone cluster started here on loopback (a Master,
 * a Worker, executor JVMs): spark-submit runs the sales script with {@link SqlScript}, and {@code spark.jars}
 * holds only the jars a user has: the example drivers' shaded jar, the PostgreSQL JDBC driver and
 * driverkit-spark's jar. What the script wrote is read back here and compared with the drivers' own reads.
 * About a minute; {@code -DskipSparkCluster} leaves it out.
 */
class SparkClusterIT {
    static Path jars;
    static Path work;
    static List<String> sparkJars;
    static List<String> jvmFlags;
    static StandaloneCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("skipSparkCluster"), "-DskipSparkCluster");
        jars = Path.of(System.getProperty("driverkit.it.jars"));
        work = TestData.dir("cluster");
        sparkJars = Arrays.asList(Files.readString(jars.resolve("spark.classpath")).trim().split(File.pathSeparator));
        jvmFlags = Arrays.asList(System.getProperty("driverkit.spark.argLine").trim().split("\\s+"));
        TestData.postgresUrl(); // the test data first: the cluster's JVMs then have the machine to themselves
        cluster = StandaloneCluster.start(sparkJars, jvmFlags, work);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    /** The result of one spark-submit. */
    record Submitted(int exit, String out, String err) {}

    /**
     * Runs {@code SparkSubmit} against the cluster, in client mode: the application is driverkit-spark's jar with
     * {@link SqlScript}, {@code spark.jars} gets {@code jars}; {@code driverClassPath} goes on the driver JVM's
     * class path only.
     */
    static Submitted submit(String name, List<Path> jarsToShip, List<Path> driverClassPath, List<String> scriptArgs)
            throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>(sparkJars);
        driverClassPath.forEach(jar -> classPath.add(jar.toString()));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmFlags);
        command.add("-Dlog4j2.configurationFile=" + SparkClusterIT.class.getResource("/log4j2-test.properties"));
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), "org.apache.spark.deploy.SparkSubmit",
                "--master", cluster.masterUrl(), "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.session.timeZone=UTC",
                "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=1",
                "--conf", "spark.sql.warehouse.dir=" + work.resolve(name + "-warehouse").toUri()));
        if (!jarsToShip.isEmpty()) {
            command.addAll(List.of("--jars", String.join(",", jarsToShip.stream().map(Path::toString).toList())));
        }
        command.addAll(List.of("--class", SqlScript.class.getName(), System.getProperty("driverkit.spark.jar")));
        command.addAll(scriptArgs);
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        cluster.environment(builder.environment());
        Process process = builder.start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("spark-submit did not finish within 5 minutes; see " + err);
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        return new Submitted(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String tail(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    @Test
    void theSalesScriptRunsOnTheClusterWithOnlyTheUsersJars() throws Exception {
        Path script = Files.writeString(work.resolve("sales.sql"), SqlScriptTest.salesScript());
        Path out = work.resolve("sales-out");
        Submitted run = submit("sales", List.of(jars.resolve("driverkit-examples-all.jar"), jars.resolve("postgresql.jar")),
                List.of(), List.of("--define", "csv_path=" + TestData.csv(), "--define", "parquet_path=" + TestData.parquet(),
                        "--define", "database=" + TestData.postgresUrl(), "--define", "out_dir=" + out, script.toString()));
        assertEquals(0, run.exit(), tail(run.err()));
        assertEquals(SqlScriptTest.expectedSalesOutput(), run.out().lines().toList(), tail(run.err()));
        assertFalse(cluster.executorLogs().isEmpty(), "an executor JVM ran the tasks");

        RowChecksum expected = RowChecksum.of(TestData.direct("{\"kind\": \"csv\", \"path\": \"" + TestData.csv() + "\"}"));
        for (String written : List.of("from_csv", "from_parquet")) {
            assertEquals(expected, RowChecksum.of(TestData.direct("{\"kind\": \"parquet\", \"path\": \""
                    + out.resolve(written) + "\"}")), written);
        }
        RowChecksum fromDb = RowChecksum.of(TestData.direct("{\"kind\": \"parquet\", \"path\": \"" + out.resolve("from_db")
                + "\"}").dropDuplicates());
        assertEquals(expected, fromDb, "from_db without the day appended twice");
    }

    @Test
    void aDriverJarThatIsNotOnTheExecutorsClassPathIsNamed() throws Exception {
        Path script = Files.writeString(work.resolve("missing-jar.sql"), "CREATE TEMPORARY VIEW sales USING driverkit"
                + " OPTIONS (kind 'csv', path '" + TestData.csv() + "');\nSELECT count(*) FROM sales;\n");
        Path driverJar = jars.resolve("driverkit-examples-all.jar");
        Submitted run = submit("missing-jar", List.of(), List.of(driverJar), List.of(script.toString()));
        assertNotEquals(0, run.exit(), run.out());
        assertTrue(run.err().contains("The 'csv' source driver dev.driverkit.examples.csv.CsvSource (from " + driverJar)
                && run.err().contains("is not on the executors' class path (executor ")
                && run.err().contains("Add its jar to spark.jars (spark-submit --jars " + driverJar + ")"), tail(run.err()));
    }
}
