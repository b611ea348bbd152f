package dev.driverkit.examples.redis;

import dev.driverkit.examples.secrets.MlrunSecrets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SQLContext;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.sources.BaseRelation;
import org.apache.spark.sql.sources.CreatableRelationProvider;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A Spark write format ({@code df.write().format(RedisSparkFormat.class.getName())}) that writes storey's
 * Redis layout: what the engine's generic Spark write uses with the target's {@code getSparkOptions}. Options:
 * {@code path} (the target's path), {@code key_columns} (comma-separated), {@code credentials_prefix},
 * {@code timeout_millis}; the credentials are read here, on the Spark driver, from the environment as MLRun
 * reads them (never from the options, which Spark may print). Mode {@code overwrite} first removes the
 * table's hashes; {@code append} upserts.
 */
public final class RedisSparkFormat implements CreatableRelationProvider {
    static final String PATH = "path";
    static final String KEY_COLUMNS = "key_columns";
    static final String CREDENTIALS_PREFIX = "credentials_prefix";
    static final String TIMEOUT_MILLIS = "timeout_millis";
    static final String NAME = "name";

    public RedisSparkFormat() {}

    @Override
    public BaseRelation createRelation(SQLContext context, SaveMode mode, scala.collection.immutable.Map<String, String> parameters,
            Dataset<Row> data) {
        Map<String, String> options = CollectionConverters.asJava(parameters);
        String what = "redisnosql target" + (options.containsKey(NAME) ? " '" + options.get(NAME) + "'" : "") + " (Spark)";
        RedisEndpoint endpoint = RedisEndpoint.of(what, options.get(PATH), options.get(CREDENTIALS_PREFIX),
                MlrunSecrets.fromEnvironment(), Integer.parseInt(options.getOrDefault(TIMEOUT_MILLIS, "2000")));
        String keys = options.getOrDefault(KEY_COLUMNS, "");
        List<String> keyColumns = keys.isEmpty() ? List.of() : Arrays.asList(keys.split(","));
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException(what + ": the option key_columns is missing.");
        }
        RedisSparkWriter.write(what, endpoint, data, keyColumns, mode == SaveMode.Overwrite, RedisNoSqlTarget.BATCH);
        StructType schema = data.schema();
        return new BaseRelation() {
            @Override
            public SQLContext sqlContext() {
                return context;
            }

            @Override
            public StructType schema() {
                return schema;
            }
        };
    }
}
