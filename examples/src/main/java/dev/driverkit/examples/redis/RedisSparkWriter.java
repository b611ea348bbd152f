package dev.driverkit.examples.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.ForeachPartitionFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import redis.clients.jedis.Jedis;

/**
 * The SPARK side of a {@link RedisNoSqlTarget}: each partition is written from the executor that holds it,
 * with a connection of its own, in storey's layout, in pipelined batches. A failed task is retried by Spark
 * and writes its partition again: the upserts make that harmless (delivery is at least once).
 */
final class RedisSparkWriter {
    /** The column MLRun's prepare_spark_df adds for spark-redis: the hash name after the table prefix. */
    static final String OBJECT_NAME_COLUMN = "_spark_object_name";

    private RedisSparkWriter() {}

    /**
     * Writes every row of {@code df}; with {@code overwrite}, first removes the table's hashes.
     *
     * @throws IllegalArgumentException when a key column is missing
     * @throws IllegalStateException when Redis cannot be reached (checked on the driver before any task runs)
     */
    static void write(String what, RedisEndpoint endpoint, Dataset<Row> df, List<String> keyColumns, boolean overwrite,
            int batch) {
        requireColumns(what, df, keyColumns);
        try (Jedis jedis = RedisConnections.open(what, endpoint)) { // an unreachable server fails here, not in a task
            if (overwrite) {
                RedisBatches.clear(what, endpoint, jedis);
            }
        }
        df.foreachPartition(new PartitionWriter(what, endpoint, keyColumns, batch));
    }

    static void requireColumns(String what, Dataset<Row> df, List<String> keyColumns) {
        List<String> names = Arrays.asList(df.columns());
        for (String key : keyColumns) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(what + ": the frame has no key column '" + key + "'; its columns are "
                        + names + ".");
            }
        }
    }

    /** MLRun's {@code _spark_object_name}: storey's entity key and {@code }:static}, from Spark SQL functions. */
    static Column objectName(List<String> keyColumns) {
        List<Column> parts = new ArrayList<>();
        parts.add(functions.col(keyColumns.get(0)).cast("string"));
        if (keyColumns.size() == 2) {
            parts.add(functions.lit("."));
            parts.add(functions.col(keyColumns.get(1)).cast("string"));
        } else if (keyColumns.size() > 2) {
            Column[] rest = keyColumns.subList(1, keyColumns.size()).stream()
                    .map(key -> functions.col(key).cast("string")).toArray(Column[]::new);
            parts.add(functions.lit("."));
            parts.add(functions.sha1(functions.concat(rest).cast("binary")));
        }
        parts.add(functions.lit("}:static"));
        return functions.concat(parts.toArray(Column[]::new));
    }

    private static final class PartitionWriter implements ForeachPartitionFunction<Row> {
        private static final long serialVersionUID = 1L;

        private final String what;
        private final RedisEndpoint endpoint;
        private final List<String> keyColumns;
        private final int batch;

        PartitionWriter(String what, RedisEndpoint endpoint, List<String> keyColumns, int batch) {
            this.what = what;
            this.endpoint = endpoint;
            this.keyColumns = List.copyOf(keyColumns);
            this.batch = batch;
        }

        @Override
        public void call(Iterator<Row> rows) {
            if (!rows.hasNext()) {
                return;
            }
            RedisUpsert.Builder upserts = new RedisUpsert.Builder(endpoint.tablePrefix(), keyColumns, List.of());
            try (Jedis jedis = RedisConnections.open(what, endpoint)) {
                List<RedisUpsert> pending = new ArrayList<>(batch);
                Instant now = Instant.now();
                while (rows.hasNext()) {
                    pending.add(upserts.of(values(rows.next()), null, now));
                    if (pending.size() == batch) {
                        write(jedis, pending);
                        now = Instant.now();
                    }
                }
                write(jedis, pending);
            }
        }

        private void write(Jedis jedis, List<RedisUpsert> pending) {
            try {
                RedisBatches.write(what, endpoint, jedis, pending);
            } catch (RuntimeException e) {
                throw RedisConnections.translate(what + " (Spark task)", endpoint, e);
            }
            pending.clear();
        }

        /** A row by column, with arrays and maps as Java collections, without MLRun's object-name column. */
        private static Map<String, Object> values(Row row) {
            Map<String, Object> values = new LinkedHashMap<>();
            StructField[] fields = row.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                String name = fields[i].name();
                if (name.equals(OBJECT_NAME_COLUMN)) {
                    continue;
                }
                Object value;
                if (row.isNullAt(i)) {
                    value = null;
                } else if (fields[i].dataType() instanceof ArrayType) {
                    value = row.getList(i);
                } else if (fields[i].dataType() instanceof MapType) {
                    value = row.getJavaMap(i);
                } else {
                    value = row.get(i);
                }
                values.put(name, value);
            }
            return values;
        }
    }
}
