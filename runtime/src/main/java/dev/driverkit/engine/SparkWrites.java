package dev.driverkit.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/** The Spark engine's write of a target that has no write of its own (MLRun's Spark ingest). */
public final class SparkWrites {
    private SparkWrites() {}

    /**
     * {@code prepareSparkDf(df).write().format(format).partitionBy(...).mode(mode).options(rest).save(path)}.
     * The mode is the options' {@code mode} when given, else overwrite or append from the request.
     */
    public static void write(SparkTarget target, Dataset<Row> df, WriteRequest request) {
        Map<String, String> options = new LinkedHashMap<>(target.getSparkOptions(request));
        String format = options.remove("format");
        String path = options.remove("path");
        String partitionBy = options.remove("partitionBy");
        String mode = options.remove("mode");
        if (format == null) {
            throw new IllegalStateException("The '" + target.kind() + "' target's getSparkOptions gives no"
                    + " \"format\": Spark cannot write without one.");
        }
        DataFrameWriter<Row> writer = target.prepareSparkDf(df, request).write().format(format).options(options)
                .mode(mode != null ? mode : request.overwrite() ? SaveMode.Overwrite.name() : SaveMode.Append.name());
        if (partitionBy != null && !partitionBy.isBlank()) {
            writer = writer.partitionBy(partitionBy.split(","));
        }
        if (path == null) {
            writer.save();
        } else {
            writer.save(path);
        }
    }
}
