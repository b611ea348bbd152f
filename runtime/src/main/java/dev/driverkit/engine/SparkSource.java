package dev.driverkit.engine;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A source on Spark. */
public interface SparkSource extends DriverAdapter {
    /** Options for Spark's reader, {@code format} among them; online sources have none. */
    default Map<String, String> getSparkOptions() {
        return Map.of();
    }

    Dataset<Row> toSparkDf(SparkSession session, ReadRequest request);
}
