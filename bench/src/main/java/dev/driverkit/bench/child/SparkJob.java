package dev.driverkit.bench.child;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Measure 6's child JVM: csv -> parquet on Spark local, through the example csv source (the spec read
 * by the registry, then {@link CsvSource#toSparkDf}) and written directly against Spark with the same
 * reader options, alternately in one session. Both write with Spark's parquet writer (there is no
 * parquet target driver yet). Prints each timed job, then checks that both outputs hold the same rows.
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

        for (int round = 0; round < warmups + reps; round++) {
            boolean measured = round >= warmups;
            // alternate which variant goes first, so that drift (GC, caches, neighbours) hits both alike
            if (round % 2 == 0) {
                time("driverkit", viaDriver, measured);
                time("direct", direct, measured);
            } else {
                time("direct", direct, measured);
                time("driverkit", viaDriver, measured);
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
        Dataset<Row> b = spark.read().parquet(directOut);
        long rows = a.count();
        boolean sameSchema = a.schema().equals(b.schema());
        boolean sameRows = rows == b.count() && a.exceptAll(b).isEmpty() && b.exceptAll(a).isEmpty();
        System.out.println("rows=" + rows);
        System.out.println("columns=" + Arrays.toString(a.columns()));
        System.out.println("verified=" + (sameSchema && sameRows));
        spark.stop();
    }

    private static void time(String variant, Runnable job, boolean measured) {
        long start = System.nanoTime();
        job.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println((measured ? "" : "warmup-") + variant + "-ms=" + millis);
    }
}
