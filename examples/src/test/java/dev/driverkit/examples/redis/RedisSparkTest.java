package dev.driverkit.examples.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.SparkTarget;
import dev.driverkit.engine.SparkWrites;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.examples.onlinetest.Await;
import dev.driverkit.examples.onlinetest.EventStream;
import dev.driverkit.registry.DriverRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/** The redisnosql target on Spark: the executors write the same layout as the STOREY writer. */
class RedisSparkTest {
    private static final class Spark {
        static final SparkSession SESSION = start();

        private static SparkSession start() {
            SparkSession session = LocalSpark.start("driverkit-examples-tests");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-spark"));
            return session;
        }
    }

    private final DriverRegistry registry = DriverRegistry.load();
    private final RedisTestServer redis = RedisTestServer.shared();

    private BaseStoreTarget target(String table) {
        return registry.readTarget("{\"kind\": \"redisnosql\", \"path\": \"" + redis.url("projects/p/fsets/" + table) + "\"}");
    }

    private static Dataset<Row> frame(int rows) {
        StructType schema = new StructType().add("id", DataTypes.IntegerType).add("price", DataTypes.DoubleType)
                .add("active", DataTypes.BooleanType).add("name", DataTypes.StringType)
                .add("ts", DataTypes.TimestampType).add("tags", DataTypes.createArrayType(DataTypes.StringType));
        List<Row> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(RowFactory.create(i, i + 0.5, i % 2 == 0, "n" + i,
                    Timestamp.from(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i)), List.of("a", "b" + i)));
        }
        return Spark.SESSION.createDataFrame(data, schema).repartition(3);
    }

    private static Map<String, String> withoutMtime(Map<String, String> hash) {
        Map<String, String> copy = new HashMap<>(hash);
        assertTrue(copy.remove(StoreyRedisLayout.MTIME_FIELD) != null, "the modification time is written: " + hash);
        return copy;
    }

    @Test
    void executorsWriteWhatTheStoreyWriterWrites() throws Exception {
        int rows = 1000;
        BaseStoreTarget onSpark = target("spark");
        Roles.spark(onSpark).writeSparkDf(frame(rows), new WriteRequest(List.of("id"), null, false));
        BaseStoreTarget generic = target("generic");
        SparkWrites.write(Roles.spark(generic), frame(rows), new WriteRequest(List.of("id"), null, false));

        BaseStoreTarget onStorey = target("storey");
        List<Row> local = frame(rows).collectAsList();
        StoreyWriter writer = (StoreyWriter) Roles.storey(onStorey)
                .addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null));
        EventStream.of(rows, i -> {
            Row row = local.get(i);
            Map<String, Object> body = new LinkedHashMap<>();
            for (String field : row.schema().fieldNames()) {
                Object value = row.getAs(field);
                body.put(field, value instanceof scala.collection.Seq<?> seq ? scala.jdk.javaapi.CollectionConverters.asJava(seq) : value);
            }
            return body;
        }).subscribe(writer);
        assertEquals(rows, Await.result(writer.completion(), Duration.ofSeconds(30)).rows());

        try (Jedis raw = redis.client()) {
            assertEquals(Map.of("id", "7", "price", "7.5", "active", "false", "name", "n7", "ts", "_dt:1704067207.0",
                    "tags", "[\"a\", \"b7\"]"), withoutMtime(raw.hgetAll("{/projects/p/fsets/spark/:7}:static")));
            for (int i = 0; i < rows; i++) {
                Map<String, String> expected = withoutMtime(raw.hgetAll("{/projects/p/fsets/storey/:" + i + "}:static"));
                assertEquals(expected, withoutMtime(raw.hgetAll("{/projects/p/fsets/spark/:" + i + "}:static")), "entity " + i);
                assertEquals(expected, withoutMtime(raw.hgetAll("{/projects/p/fsets/generic/:" + i + "}:static")),
                        "the engine's generic write (getSparkOptions' format) writes the same, entity " + i);
            }
        }
    }

    @Test
    void overwriteReplacesTheTableAndAppendUpserts() {
        BaseStoreTarget target = target("overwrite");
        SparkTarget spark = Roles.spark(target);
        spark.writeSparkDf(frame(10), new WriteRequest(List.of("id"), null, false));
        spark.writeSparkDf(frame(3).withColumn("name", org.apache.spark.sql.functions.lit("new")),
                new WriteRequest(List.of("id"), null, false));
        try (Jedis raw = redis.client()) {
            assertEquals(10, raw.keys("{/projects/p/fsets/overwrite/:*").size());
            assertEquals("new", raw.hget("{/projects/p/fsets/overwrite/:2}:static", "name"));
            assertEquals("n5", raw.hget("{/projects/p/fsets/overwrite/:5}:static", "name"));
            spark.writeSparkDf(frame(3), new WriteRequest(List.of("id"), null, true));
            assertEquals(3, raw.keys("{/projects/p/fsets/overwrite/:*").size(), "overwrite removed the other entities");
        }
    }

    @Test
    void prepareSparkDfAddsMlrunsObjectNameAndTheOptionsHoldNoCredentials() {
        BaseStoreTarget target = target("options");
        SparkTarget spark = Roles.spark(target);
        WriteRequest request = new WriteRequest(List.of("id", "name"), null, true);
        Row first = spark.prepareSparkDf(frame(1), request).select(RedisSparkWriter.OBJECT_NAME_COLUMN).first();
        assertEquals("0.n0}:static", first.getString(0));
        Map<String, String> options = spark.getSparkOptions(request);
        assertEquals("{/projects/p/fsets/options/", options.get("table"));
        assertEquals(RedisSparkFormat.class.getName(), options.get("format"));
        assertEquals("id,name", options.get("key_columns"));
        assertEquals(RedisSparkWriter.OBJECT_NAME_COLUMN, options.get("key.column"));
        assertFalse(options.containsKey("auth") || options.containsKey("user"), "no credentials in options: " + options);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> spark.writeSparkDf(frame(1), new WriteRequest(List.of("customer"), null, false)));
        assertTrue(e.getMessage().contains("the frame has no key column 'customer'"), e.getMessage());
    }
}
