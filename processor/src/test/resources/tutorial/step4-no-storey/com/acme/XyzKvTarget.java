package com.acme;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.WriteRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** The latest features of each entity, in an xyz key-value table; the spec's "path" is the database URL. */
@TargetDriver(kind = "xyzkv", supports = {Engine.SPARK}, offline = false, online = true, table = true)
public class XyzKvTarget extends BaseStoreTarget {
    /** The key-value table that holds the latest features of each entity. */
    @Spec String table;

    public XyzKvTarget() {}

    /** SPARK: the options of Spark's writer, "format" among them. */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "jdbc");
        options.put("url", getPath());
        options.put("dbtable", table);
        return options;
    }

    /** SPARK: one row per entity key (the table keeps only the latest values). */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return request.keyColumns().isEmpty() ? df : df.dropDuplicates(request.keyColumns().toArray(String[]::new));
    }
}
