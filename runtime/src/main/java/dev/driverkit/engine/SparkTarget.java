package dev.driverkit.engine;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** A target on Spark: write options and the frame shaped for writing. */
public interface SparkTarget extends DriverAdapter {
    Map<String, String> getSparkOptions(WriteRequest request);

    Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request);
}
