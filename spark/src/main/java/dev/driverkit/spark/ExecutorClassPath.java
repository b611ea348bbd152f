package dev.driverkit.spark;

import dev.driverkit.registry.DriverInfo;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.SparkSession;

/**
 * Checks, once per application and driver class, that the executors can load the driver: its jar must
 * reach them through {@code spark.jars} ({@code --jars}), as any application jar does. Without the check
 * a driver whose frame runs its own code in tasks fails deep inside a job with a bare
 * {@code ClassNotFoundException}; with it, the data source says which jar is missing before the job.
 * Local masters share the driver's JVM and are not checked; {@value #SWITCH}{@code =false} turns it off.
 */
final class ExecutorClassPath {
    static final String SWITCH = "spark.driverkit.checkExecutorClassPath";
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    private ExecutorClassPath() {}

    static void check(SparkSession session, DriverInfo driver) {
        SparkContext context = session.sparkContext();
        if (context.isLocal() || !context.conf().getBoolean(SWITCH, true)
                || CHECKED.contains(context.applicationId() + ' ' + driver.driverClassName())) {
            return;
        }
        List<String> failures = probe(context, driver);
        if (!failures.isEmpty()) {
            throw new IllegalStateException("The '" + driver.kind() + "' " + driver.direction().noun() + " driver "
                    + driver.describe() + " is not on the executors' class path (" + String.join("; ", failures)
                    + "). Add its jar to spark.jars (spark-submit --jars " + driver.origin() + ") so that Spark ships it"
                    + " to the executors, as it ships the application's jars (driverkit-spark's jar goes there too)."
                    + " (" + SWITCH + "=false skips this check.)");
        }
        CHECKED.add(context.applicationId() + ' ' + driver.driverClassName());
    }

    /** What each probe task found missing, one entry per executor that lacks something. */
    private static List<String> probe(SparkContext context, DriverInfo driver) {
        int tasks = Math.max(1, context.defaultParallelism());
        List<String> results;
        try {
            // not closed: closing a JavaSparkContext stops the application's SparkContext
            results = JavaSparkContext.fromSparkContext(context)
                    .parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
                    .map(new Probe(driver.driverClassName()))
                    .collect();
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains(Probe.class.getName())) {
                throw new IllegalStateException("The jar of driverkit-spark is not on the executors' class path: add it"
                        + " to spark.jars (spark-submit --jars " + jarOf(Probe.class) + "), with the drivers' jars.", e);
            }
            throw e;
        }
        return results.stream().filter(result -> !result.isEmpty()).distinct().toList();
    }

    private static String jarOf(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        return source == null ? "driverkit-spark.jar" : source.getLocation().getPath();
    }

    /** Runs in a task: loads the driver class (without initializing it) the way the executor would. */
    static final class Probe implements Function<Integer, String> {
        private static final long serialVersionUID = 1L;
        private final String className;

        Probe(String className) {
            this.className = className;
        }

        @Override
        public String call(Integer task) {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            try {
                Class.forName(className, false, loader != null ? loader : Probe.class.getClassLoader());
                return "";
            } catch (ClassNotFoundException | LinkageError e) {
                return "executor " + org.apache.spark.SparkEnv.get().executorId() + ": " + e;
            }
        }
    }
}
