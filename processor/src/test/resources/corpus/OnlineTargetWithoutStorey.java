// case: DK041
package corpus;

import dev.driverkit.*;
import dev.driverkit.engine.*;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

@TargetDriver(kind = "kv", supports = Engine.SPARK, offline = false, online = true) // expect: DK041
public class OnlineTargetWithoutStorey extends BaseStoreTarget {
    public Map<String, String> getSparkOptions(WriteRequest request) {
        return Map.of();
    }

    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        return df;
    }
}
