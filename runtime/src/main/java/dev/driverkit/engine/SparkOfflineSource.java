package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.Map;

/**
 * An offline source on Spark also tells the options of Spark's reader ({@code format} among them), as
 * MLRun's {@code get_spark_options}. An online source builds its frame in {@code toSparkDf} alone.
 */
@Role(direction = Direction.SOURCE, engine = Engine.SPARK, unless = DriverFlag.ONLINE)
public interface SparkOfflineSource extends SparkSource {
    Map<String, String> getSparkOptions();
}
