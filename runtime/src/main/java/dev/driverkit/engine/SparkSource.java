package dev.driverkit.engine;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** A source on Spark: its data as a Dataset, filtered to the request's time range and columns. */
@Role(direction = Direction.SOURCE, engine = Engine.SPARK)
public interface SparkSource extends DriverAdapter {
    Dataset<Row> toSparkDf(SparkSession session, ReadRequest request);
}
