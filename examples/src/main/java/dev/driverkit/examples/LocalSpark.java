package dev.driverkit.examples;

import org.apache.spark.sql.SparkSession;

/** A small local Spark session for the demo and the tests: local[2], no web UI, loopback only, UTC. */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession start(String appName) {
        SparkSession session = SparkSession.builder()
                .master("local[2]")
                .appName(appName)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
        session.sparkContext().setLogLevel("ERROR");
        return session;
    }
}
