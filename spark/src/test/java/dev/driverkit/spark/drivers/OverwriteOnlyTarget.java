package dev.driverkit.spark.drivers;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.WriteRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * A Spark target that cannot append (declared without {@code append = true}) and has no write of its own:
 * Spark's generic write puts parquet files at its path.
 */
@TargetDriver(kind = "overwriteonly", supports = Engine.SPARK, offline = true)
public class OverwriteOnlyTarget extends BaseStoreTarget {
    public OverwriteOnlyTarget() {}

    public boolean isSingleFile() {
        return false;
    }

    public Map<String, String> getSparkOptions(WriteRequest request) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "parquet");
        options.put("path", getPath());
        return options;
    }

    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return df;
    }
}
