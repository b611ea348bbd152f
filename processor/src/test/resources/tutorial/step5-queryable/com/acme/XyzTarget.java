package com.acme;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Writes feature rows to a table of an xyz database; the spec's "path" is the database URL. */
@TargetDriver(kind = "xyz", supports = {Engine.STOREY, Engine.SPARK}, append = true,
        queryable = true)
public class XyzTarget extends BaseStoreTarget {
    /** The table written to. */
    @Spec String table;

    public XyzTarget() {}

    /** A table is not a file: the path names a database, not one file. */
    public boolean isSingleFile() {
        return false;
    }

    /** STOREY: appends each event of the stream to the table. */
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return XyzClient.connect(getPath()).writer(table, List.of());
    }

    /** SPARK: the options of Spark's writer, "format" among them. */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "jdbc");
        options.put("url", getPath());
        options.put("dbtable", table);
        options.put("truncate", String.valueOf(request.overwrite()));
        return options;
    }

    /** SPARK: the frame as the table stores it: the key columns and the time first. */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        List<String> first = new ArrayList<>(request.keyColumns());
        if (request.timestampKey() != null) {
            first.add(request.timestampKey());
        }
        List<String> rest = Arrays.stream(df.columns()).filter(column -> !first.contains(column)).toList();
        return df.selectExpr(Stream.concat(first.stream(), rest.stream()).toArray(String[]::new));
    }
}
