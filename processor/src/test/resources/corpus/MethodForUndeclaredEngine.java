// case: DK024, a SPARK method in a STOREY-only source
// generates: corpus.MethodForUndeclaredEngine
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

@SourceDriver(kind = "undeclared", supports = Engine.STOREY)
public class MethodForUndeclaredEngine extends BaseSourceDriver {
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return null;
    }

    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) { // expect: DK024
        return null;
    }
}
