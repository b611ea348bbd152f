// case: an offline and online, queryable target on all three engines
// expect: clean
// generates: corpus.TargetAllEngines
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

@TargetDriver(kind = "warehouse", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS}, offline = true,
        online = true, queryable = true, append = true)
public class TargetAllEngines extends BaseStoreTarget {
    @Spec int partitions = 4;

    public boolean isSingleFile() {
        return false;
    }

    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        return null;
    }

    public Map<String, String> getSparkOptions(WriteRequest request) {
        return Map.of();
    }

    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return df;
    }

    public void writeDataframe(DataFrame df, WriteRequest request) {}

    public DataFrame asDf(ReadRequest request) {
        return null;
    }

    public FeatureTable getTableObject() {
        return null;
    }
}
