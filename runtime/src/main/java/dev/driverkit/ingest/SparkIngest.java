package dev.driverkit.ingest;

import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Observation;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The SPARK engine's ingest: one Dataset written to every target. Kept apart from {@link Ingest} so
 * that only a SPARK run loads Spark's classes. Rows are counted with a Spark observation of the write
 * itself (no second job).
 */
final class SparkIngest {
    private SparkIngest() {}

    static List<TargetResult> run(Ingest.Plan plan, Object sessionOrNull) {
        long started = System.nanoTime();
        SparkSession session = sessionOrNull != null ? (SparkSession) sessionOrNull : SparkSession.active();
        BaseSourceDriver source = plan.source();
        ReadRequest read = ReadRequest.all().withTimeRange(source.getStartTime(), source.getEndTime());
        Dataset<Row> frame;
        try {
            frame = Roles.spark(source).toSparkDf(session, read);
        } catch (RuntimeException e) {
            throw new IngestException("SPARK ingest: reading '" + source.kind() + "' failed: " + e.getMessage(), e);
        }
        boolean shared = plan.targets().size() > 1;
        if (shared) {
            frame = frame.cache();
        }
        List<TargetResult> results = new ArrayList<>();
        try {
            for (BaseStoreTarget target : plan.targets()) {
                Observation written = new Observation("driverkit_rows_" + results.size());
                Dataset<Row> observed = frame.observe(written, count(lit(1)).as("rows"));
                try {
                    Roles.spark(target).writeSparkDf(observed, plan.write());
                } catch (RuntimeException e) {
                    throw new IngestException("SPARK ingest into '" + target.kind() + "'" + Ingest.named(target.getName())
                            + " failed: " + e.getMessage(), e);
                }
                long rows = rows(written);
                plan.progress().accept(rows);
                results.add(new TargetResult(target.kind(), target.getName(), rows, 0,
                        Duration.ofNanos(System.nanoTime() - started)));
            }
        } finally {
            if (shared) {
                frame.unpersist();
            }
        }
        return results;
    }

    /**
     * The observed row count, or -1 when the target's write did not run the observed plan (a driver that
     * writes something else): Observation waits for the plan's action, so the wait is bounded.
     */
    private static long rows(Observation written) {
        CompletableFuture<Map<String, Object>> metrics = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                metrics.complete(written.getAsJava());
            } catch (InterruptedException e) {
                metrics.completeExceptionally(e);
            } catch (RuntimeException e) {
                metrics.completeExceptionally(e);
            }
        }, "driverkit-spark-rows");
        waiter.setDaemon(true);
        waiter.start();
        try {
            Object rows = metrics.get(5, TimeUnit.SECONDS).get("rows");
            return rows instanceof Number number ? number.longValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            waiter.interrupt();
            return -1;
        }
    }
}
