package com.acme;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dflib.DataFrame;

/** Reads a table of an xyz database; the spec's "path" is the database URL. */
@SourceDriver(kind = "xyz", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS}, iterator = true)
public class XyzSource extends BaseSourceDriver {
    /** The table to read. */
    @Spec String table;
    /** Rows fetched per round trip. */
    @Spec int batchSize = 1000;

    public XyzSource() {}

    /** STOREY: the table's rows as a stream of events. */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String keyField = request.keyField() != null ? request.keyField() : getKeyField();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        return XyzClient.connect(getPath()).events(table, batchSize, keyField, timeField);
    }

    /** SPARK: the options of Spark's reader, "format" among them (xyz speaks JDBC). */
    public Map<String, String> getSparkOptions() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "jdbc");
        options.put("url", getPath());
        options.put("dbtable", table);
        options.put("fetchsize", String.valueOf(batchSize));
        return options;
    }

    /** SPARK: the requested columns of the rows with start < time <= end. */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        Map<String, String> options = new LinkedHashMap<>(getSparkOptions());
        Dataset<Row> df = session.read().format(options.remove("format")).options(options).load();
        String timeField = request.timeField() != null ? request.timeField() : getTimeField();
        if (request.startTime() != null) {
            df = df.filter(functions.col(timeField).gt(functions.lit(request.startTime())));
        }
        if (request.endTime() != null) {
            df = df.filter(functions.col(timeField).leq(functions.lit(request.endTime())));
        }
        return request.columns().isEmpty() ? df : df.selectExpr(request.columns().toArray(String[]::new));
    }

    /** PANDAS: the requested columns as one DFLib frame. */
    public DataFrame toDataframe(ReadRequest request) {
        return XyzClient.connect(getPath()).frame(table, request.columns());
    }
}
