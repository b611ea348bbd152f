// case: a source on all three engines
// expect: clean
// generates: corpus.SourceAllEngines
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;

@SourceDriver(kind = "everywhere", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS})
public class SourceAllEngines extends BaseSourceDriver {
    @Spec String table;

    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    public Map<String, String> getSparkOptions() {
        return Map.of();
    }

    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        return null;
    }

    public DataFrame toDataframe(ReadRequest request) {
        return null;
    }
}
