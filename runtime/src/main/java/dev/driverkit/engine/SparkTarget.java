package dev.driverkit.engine;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A target on Spark: write options, the frame shaped for writing, and the write. The engine writes
 * {@code prepareSparkDf(df)} with {@code getSparkOptions(request)}, as MLRun's Spark engine does
 * ({@link SparkWrites#write}); a driver that must write on its own (a staged, atomic write) declares
 * {@code writeSparkDf}.
 */
@Role(direction = Direction.TARGET, engine = Engine.SPARK)
public interface SparkTarget extends DriverAdapter {
    /**
     * Options for Spark's writer: {@code format}, and {@code path}, {@code partitionBy} (columns,
     * comma-separated) and {@code mode} where they apply; the rest are passed to the writer as options.
     */
    Map<String, String> getSparkOptions(WriteRequest request);

    Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request);

    /** Writes {@code df} to the target; optional: by default the engine's generic write. */
    default void writeSparkDf(Dataset<Row> df, WriteRequest request) {
        SparkWrites.write(this, df, request);
    }
}
