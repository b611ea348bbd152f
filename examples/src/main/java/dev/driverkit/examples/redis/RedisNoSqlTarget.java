package dev.driverkit.examples.redis;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.secrets.MlrunSecrets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * MLRun's {@code redisnosql} target (RedisNoSqlTarget): the latest feature values of each entity in Redis, in
 * storey's layout, so that MLRun's Python online feature service reads what a Java ingest writes, and
 * {@link #getTableObject()} reads what storey wrote (layout: {@link StoreyRedisLayout}).
 *
 * <p>{@code path} is {@code redis://host:port/<table path>} ({@code rediss://} for TLS); user and password
 * come only from the secrets {@code REDIS_USER} / {@code REDIS_PASSWORD} under {@code credentials_prefix}
 * (the environment, as MLRun reads them; see {@link MlrunSecrets}), never from the path or the spec.
 *
 * <p>Delivery guarantee: at least once, on both engines. Every write is an upsert of an entity's hash, so a
 * write repeated after a lost connection (STOREY: the writer reconnects for {@code reconnect_seconds} and
 * writes the interrupted batch again) or a retried Spark task leaves the same values; only the
 * modification time moves. The STOREY writer's completion comes once Redis has acknowledged every event.
 */
@TargetDriver(kind = "redisnosql", supports = {Engine.STOREY, Engine.SPARK}, offline = false, online = true,
        table = true, append = true, queryable = true)
public class RedisNoSqlTarget extends BaseStoreTarget {
    private static final int DEFAULT_TIMEOUT_MILLIS = 2000;
    private static final int DEFAULT_RECONNECT_SECONDS = 30;
    static final int BATCH = 512;

    /**
     * The entity key columns, in order, when the write request names none; lookups by a compound key use this
     * order (storey joins key values in order).
     */
    @Spec List<String> keyColumns;

    /** Connect and read timeout in milliseconds (default 2000). */
    @Spec Integer timeoutMillis;

    /** How long the STOREY writer tries to reconnect after losing the connection (default 30 s). */
    @Spec Integer reconnectSeconds;

    private MlrunSecrets secrets = MlrunSecrets.fromEnvironment();

    public RedisNoSqlTarget() {}

    /** Reads REDIS_USER / REDIS_PASSWORD (and MLRUN_REDIS__URL) from {@code secrets} instead of the process environment. */
    public RedisNoSqlTarget withSecrets(MlrunSecrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        return this;
    }

    /** A writer that upserts each event into its entity's hash; it connects now (an unreachable server fails here). */
    public StoreyWriter addWriterStep(WriterStepRequest request) {
        List<String> keys = request.keyColumns().isEmpty() ? specKeyColumns() : request.keyColumns();
        RedisEndpoint endpoint = endpoint();
        return new RedisEventWriter(describe(), endpoint,
                new RedisUpsert.Builder(endpoint.tablePrefix(), keys, request.features()), BATCH,
                Duration.ofSeconds(reconnectSeconds == null ? DEFAULT_RECONNECT_SECONDS : reconnectSeconds));
    }

    /**
     * Options for the engine's generic Spark write: the format {@link RedisSparkFormat} (storey's layout, no
     * connector needed), the path, the key columns, the credentials prefix and timeout, and MLRun's
     * spark-redis keys ({@code key.column}, {@code table}); never credentials. Overwrite removes the table's
     * hashes first; append upserts.
     */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        RedisEndpoint endpoint = endpoint();
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", RedisSparkFormat.class.getName());
        options.put(RedisSparkFormat.PATH, getPath());
        options.put(RedisSparkFormat.KEY_COLUMNS, String.join(",", sparkKeys(request)));
        if (getCredentialsPrefix() != null) {
            options.put(RedisSparkFormat.CREDENTIALS_PREFIX, getCredentialsPrefix());
        }
        options.put(RedisSparkFormat.TIMEOUT_MILLIS, Integer.toString(endpoint.timeoutMillis()));
        if (getName() != null) {
            options.put(RedisSparkFormat.NAME, getName());
        }
        options.put("key.column", RedisSparkWriter.OBJECT_NAME_COLUMN);
        options.put("table", endpoint.tablePrefix().substring(0, endpoint.tablePrefix().length() - 1));
        return options;
    }

    /** Adds MLRun's {@code _spark_object_name} column (the entity's hash name after the table prefix, for spark-redis). */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        List<String> keys = sparkKeys(request);
        RedisSparkWriter.requireColumns(describe(), df, keys);
        return df.withColumn(RedisSparkWriter.OBJECT_NAME_COLUMN, RedisSparkWriter.objectName(keys));
    }

    /**
     * Writes every row from the executors, in storey's layout (a frame from prepareSparkDf is accepted too);
     * with {@code overwrite}, the table's hashes are removed first.
     */
    public void writeSparkDf(Dataset<Row> df, WriteRequest request) {
        RedisSparkWriter.write(describe(), endpoint(), df, sparkKeys(request), request.overwrite(), BATCH);
    }

    /** Lookups by entity key; connects now. Close the table to release its connections. */
    public FeatureTable getTableObject() {
        return new RedisFeatureTable(describe(), endpoint(), specKeyColumns());
    }

    private List<String> sparkKeys(WriteRequest request) {
        List<String> keys = request.keyColumns().isEmpty() ? specKeyColumns() : request.keyColumns();
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(describe() + ": a Spark write needs the key columns (the write request's,"
                    + " or the spec's key_columns).");
        }
        return keys;
    }

    private List<String> specKeyColumns() {
        return keyColumns == null ? List.of() : List.copyOf(keyColumns);
    }

    private RedisEndpoint endpoint() {
        return RedisEndpoint.of(describe(), getPath(), getCredentialsPrefix(), secrets,
                timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis);
    }

    private String describe() {
        return "redisnosql target" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
