package dev.driverkit.spark.drivers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.SourceDriver;
import dev.driverkit.engine.ReadRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A csv file on Spark that records every request it is given, so that a test sees what the data source
 * pushed down to the driver. It honours the request as a driver that filters early does.
 */
@SourceDriver(kind = "recording", supports = Engine.SPARK)
public class RecordingSource extends BaseSourceDriver {
    /** Every request any recording source was given, in order. */
    public static final List<ReadRequest> REQUESTS = new CopyOnWriteArrayList<>();

    public RecordingSource() {}

    public Map<String, String> getSparkOptions() {
        return Map.of("format", "csv", "path", getPath(), "header", "true", "inferSchema", "true");
    }

    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        REQUESTS.add(request);
        Dataset<Row> frame = session.read().option("header", "true").option("inferSchema", "true").csv(getPath());
        if (request.startTime() != null) {
            frame = frame.filter(col(getTimeField()).gt(lit(request.startTime())));
        }
        if (request.endTime() != null) {
            frame = frame.filter(col(getTimeField()).leq(lit(request.endTime())));
        }
        if (!request.columns().isEmpty()) {
            frame = frame.select(request.columns().stream().map(name -> col(name)).toArray(Column[]::new));
        }
        return frame;
    }
}
