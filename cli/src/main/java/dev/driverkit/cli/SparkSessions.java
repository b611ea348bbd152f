package dev.driverkit.cli;

import org.apache.spark.sql.SparkSession;

/** The command's Spark session, kept apart so that storey and pandas runs never load Spark. */
final class SparkSessions {
    private SparkSessions() {}

    static Object start(String master) {
        System.setProperty("io.netty.tryReflectionSetAccessible", "true");
        return SparkSession.builder().appName("driverkit").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }

    static void stop(Object session) {
        ((SparkSession) session).stop();
    }
}
