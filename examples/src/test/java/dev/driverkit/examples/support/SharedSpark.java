package dev.driverkit.examples.support;

import org.apache.spark.sql.SparkSession;

/** One local[2] SparkSession for the whole test JVM, started on first use and stopped at exit. */
public final class SharedSpark {
    private SharedSpark() {}

    private static final class Holder {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            SparkSession session = LocalSpark.start("driverkit-examples-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
            return session;
        }
    }

    public static SparkSession session() {
        return Holder.SESSION;
    }
}
