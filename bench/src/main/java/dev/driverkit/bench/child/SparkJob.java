package dev.driverkit.bench.child;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The child JVM of measures 6 and 7: csv -> parquet on Spark local, three ways in one session, in rotating
 * order: through the example csv source (the spec read by the registry, then {@link CsvSource#toSparkDf}),
 * directly against Spark with the same reader options (measure 6's baseline), and through the data source
 * of driverkit-spark, {@code spark.read().format("driverkit")} (measure 7, against the first). All three
 * write with Spark's parquet writer. Prints each timed job, then checks that the outputs hold the same rows.
 *
 * <p>Arguments: csv file, output folder, warm-up rounds, measured rounds.
 */
public final class SparkJob {
    private SparkJob() {}

    public static void main(String[] args) {
        String csv = Path.of(args[0]).toAbsolutePath().toString();
        Path out = Path.of(args[1]).toAbsolutePath();
        int warmups = Integer.parseInt(args[2]);
        int reps = Integer.parseInt(args[3]);
        String viaDriverOut = out.resolve("via-driver.parquet").toString();
        String directOut = out.resolve("direct.parquet").toString();
        String dataSourceOut = out.resolve("data-source.parquet").toString();
        String spec = "{\"kind\": \"csv\", \"name\": \"bench\", \"path\": \"" + csv.replace("\\", "\\\\") + "\"}";

        SparkSession spark = LocalSpark.start("driverkit-bench");
        DriverRegistry registry = DriverRegistry.load();
        Runnable viaDriver = () -> {
            BaseSourceDriver source = registry.readSource(spec);
            ((CsvSource) source).toSparkDf(spark, ReadRequest.all())
                    .write().mode(SaveMode.Overwrite).parquet(viaDriverOut);
        };
        Runnable direct = () -> spark.read()
                .option("header", "true")
                .option("inferSchema", "true")
                .option("sep", ",")
                .option("escape", "\"")
                .csv(csv)
                .write().mode(SaveMode.Overwrite).parquet(directOut);
        Runnable viaDataSource = () -> spark.read().format("driverkit").option("kind", "csv").option("name", "bench")
                .option("path", csv).load()
                .write().mode(SaveMode.Overwrite).parquet(dataSourceOut);
        List<String> names = List.of("driverkit", "direct", "datasource");
        List<Runnable> jobs = List.of(viaDriver, direct, viaDataSource);

        for (int round = 0; round < warmups + reps; round++) {
            boolean measured = round >= warmups;
            // rotate which variant goes first, so that drift (GC, caches, neighbours) hits all alike
            for (int i = 0; i < jobs.size(); i++) {
                int variant = (round + i) % jobs.size();
                time(names.get(variant), jobs.get(variant), measured);
            }
        }

        // the same job? compare the optimized plans of the two frames (expression ids aside)
        String planViaDriver = ((CsvSource) registry.readSource(spec)).toSparkDf(spark, ReadRequest.all())
                .queryExecution().optimizedPlan().toString().replaceAll("#\\d+L?", "#");
        String planDirect = spark.read().option("header", "true").option("inferSchema", "true").option("sep", ",")
                .option("escape", "\"").csv(csv).queryExecution().optimizedPlan().toString().replaceAll("#\\d+L?", "#");
        System.out.println("samePlan=" + planViaDriver.equals(planDirect));
        if (!planViaDriver.equals(planDirect)) {
            System.out.println("planViaDriver=" + planViaDriver.replace('\n', ' '));
            System.out.println("planDirect=" + planDirect.replace('\n', ' '));
        }
        Dataset<Row> a = spark.read().parquet(viaDriverOut);
        long rows = a.count();
        System.out.println("rows=" + rows);
        System.out.println("columns=" + Arrays.toString(a.columns()));
        System.out.println("verified=" + same(a, spark.read().parquet(directOut), rows));
        System.out.println("verifiedDataSource=" + same(a, spark.read().parquet(dataSourceOut), rows));
        spark.stop();
    }

    private static boolean same(Dataset<Row> a, Dataset<Row> b, long rows) {
        return a.schema().equals(b.schema()) && rows == b.count() && a.exceptAll(b).isEmpty() && b.exceptAll(a).isEmpty();
    }

    /**
     * Prints the job's wall time and the process's CPU time during it: on local[2] all of Spark's work runs in
     * this JVM, and CPU time is much less disturbed than wall time by other processes on a shared machine.
     */
    private static void time(String variant, Runnable job, boolean measured) {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        job.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        String prefix = (measured ? "" : "warmup-") + variant;
        System.out.println(prefix + "-ms=" + millis);
        System.out.println(prefix + "-cpu-ms=" + cpuMillis);
    }
}
