package dev.driverkit.examples.support;

import org.apache.spark.sql.SparkSession;

/**
 * A small Spark session for the demo and the tests: local[2], no web UI, loopback only, UTC.
 *
 * <p>Settings that Spark's launcher already gave (spark-submit's {@code --master}, {@code --conf}: it
 * passes them as {@code spark.*} system properties) win over these defaults, so the same code runs on a
 * cluster when submitted with {@code --master spark://host:7077}.
 */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession start(String appName) {
        SparkSession.Builder builder = SparkSession.builder();
        defaultConfig(builder, "spark.master", "local[2]");
        defaultConfig(builder, "spark.app.name", appName);
        defaultConfig(builder, "spark.ui.enabled", "false");
        defaultConfig(builder, "spark.ui.showConsoleProgress", "false");
        defaultConfig(builder, "spark.driver.host", "127.0.0.1");
        defaultConfig(builder, "spark.driver.bindAddress", "127.0.0.1");
        defaultConfig(builder, "spark.sql.shuffle.partitions", "2");
        defaultConfig(builder, "spark.sql.session.timeZone", "UTC");
        SparkSession session = builder.getOrCreate();
        session.sparkContext().setLogLevel("ERROR");
        return session;
    }

    private static void defaultConfig(SparkSession.Builder builder, String key, String value) {
        if (System.getProperty(key) == null) {
            builder.config(key, value);
        }
    }
}
