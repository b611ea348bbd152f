package dev.driverkit.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.registry.DriverRegistry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kafka drivers on Spark (local mode, in the JVM that also runs the broker and Spark's Kafka
 * connector on the same kafka-clients): a batch read between offsets and a write, through the roles.
 */
@ExtendWith(KafkaBroker.Extension.class)
class KafkaSparkTest {
    private final DriverRegistry registry = DriverRegistry.load();

    private static SparkSession spark() {
        return LocalSpark.start("driverkit-examples-tests"); // the JVM's one session: getOrCreate
    }

    private static String source(String brokers, String topic, String more) {
        return "{\"kind\": \"kafka\", \"name\": \"" + topic + "\", \"attributes\": {\"brokers\": \"" + brokers
                + "\", \"topics\": \"" + topic + "\"" + (more.isEmpty() ? "" : ", " + more) + "}, \"time_field\": \"ts\","
                + " \"online\": true}";
    }

    @Test
    void readsTheTopicBetweenOffsetsAsColumnsAndSetsMalformedMessagesAside(KafkaBroker broker) {
        String topic = broker.newTopic("spark-in", 1);
        String deadLetters = broker.newTopic("spark-dlq", 1);
        broker.produce(topic, List.of(Map.entry("a", "{\"id\": 1, \"user\": \"u1\", \"ts\": \"2024-01-01 10:00:00\"}"),
                Map.entry("b", "{\"id\": 2, \"user\": \"u2\", \"ts\": \"2024-01-02 10:00:00\"}"),
                Map.entry("c", "not json"),
                Map.entry("d", "{\"id\": 3, \"user\": \"u3\", \"ts\": \"2024-01-03 10:00:00\"}")));
        String spec = source(broker.bootstrap(), topic, "\"on_malformed\": \"dead_letter\", \"dead_letter_topic\": \""
                + deadLetters + "\"");
        Dataset<Row> all = Roles.spark(registry.readSource(spec)).toSparkDf(spark(), ReadRequest.all());
        broker.produce(topic, List.of(Map.entry("e", "{\"id\": 4, \"user\": \"u4\", \"ts\": \"2024-01-04 10:00:00\"}")));
        assertEquals(List.of(1L, 2L, 3L), all.orderBy("id").select("id").collectAsList().stream().map(r -> r.getLong(0)).toList(),
                "the end offsets were fixed when the read was made: the later message is not in it");
        assertEquals(List.of("not json"), broker.readAll(deadLetters).stream().map(r -> KafkaBroker.text(r.value())).toList());

        Dataset<Row> range = Roles.spark(registry.readSource(spec)).toSparkDf(spark(), ReadRequest.all()
                .withColumns(List.of("user")).withTimeRange(LocalDateTime.of(2024, 1, 1, 10, 0), LocalDateTime.of(2024, 1, 3, 10, 0)));
        assertEquals(List.of("u2", "u3"), range.orderBy("user").collectAsList().stream().map(r -> r.getString(0)).toList());

        KafkaDriverException failure = assertThrows(KafkaDriverException.class, () -> Roles.spark(registry.readSource(
                source(broker.bootstrap(), topic, ""))).toSparkDf(spark(), ReadRequest.all()));
        assertTrue(failure.getMessage().contains("1 message(s) are not JSON objects, the first at " + topic + "-0@2"),
                failure.getMessage());
    }

    @Test
    void writesRowsWithSparksKafkaWriter(KafkaBroker broker) {
        String topic = broker.newTopic("spark-out", 1);
        Dataset<Row> frame = spark().sql("SELECT id, concat('u', CAST(id AS STRING)) AS user FROM range(0, 100)");
        var target = Roles.spark(registry.readTarget("{\"kind\": \"kafka\", \"path\": \"" + topic + "\", \"attributes\":"
                + " {\"brokers\": \"" + broker.bootstrap() + "\"}}"));
        target.writeSparkDf(frame, new WriteRequest(List.of("user"), null, false));
        var written = broker.readAll(topic);
        assertEquals(100, written.size());
        var first = written.stream().filter(r -> "u7".equals(KafkaBroker.text(r.key()))).findFirst().orElseThrow();
        assertEquals("{\"id\":7,\"user\":\"u7\"}", KafkaBroker.text(first.value()));
    }
}
