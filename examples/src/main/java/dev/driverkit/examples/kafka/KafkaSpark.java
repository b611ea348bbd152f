package dev.driverkit.examples.kafka;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import dev.driverkit.engine.ReadRequest;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The kafka drivers on Spark: Spark's own Kafka batch reader and writer (spark-sql-kafka-0-10). */
final class KafkaSpark {
    private static final System.Logger LOG = System.getLogger("dev.driverkit.examples.kafka");
    private static final String CORRUPT = "_corrupt_record";

    private KafkaSpark() {}

    /** Kafka client settings as Spark's Kafka options ({@code kafka.} + the client key). */
    static Map<String, String> kafkaOptions(Map<String, Object> client, Map<String, Object> extra) {
        Map<String, String> options = new HashMap<>();
        client.forEach((key, value) -> options.put("kafka." + key, String.valueOf(value)));
        extra.forEach((key, value) -> options.put("kafka." + key, String.valueOf(value)));
        return options;
    }

    static Dataset<Row> read(SparkSession session, KafkaEventPublisher.Settings settings, String starting, String ending,
            ReadRequest request) {
        KafkaBrokers.check(settings.what(), settings.client(), settings.connectTimeout());
        DataFrameReader reader = session.read().format("kafka").options(kafkaOptions(settings.client(), settings.consumerOptions()));
        if (settings.partitions().isEmpty()) {
            reader.option("subscribe", String.join(",", settings.topics()));
        } else {
            reader.option("assign", assignment(settings));
        }
        reader.option("startingOffsets", starting == null ? "earliest" : starting);
        reader.option("endingOffsets", ending == null ? endOffsets(settings) : ending);
        Dataset<Row> raw = reader.load();

        Dataset<String> values = raw.selectExpr("CAST(value AS STRING) AS value").as(Encoders.STRING());
        StructType inferred = session.read().option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                .option("allowNonNumericNumbers", "true").json(values).schema();
        StructType schema = inferred.getFieldIndex(CORRUPT).isDefined() ? inferred
                : inferred.add(new StructField(CORRUPT, DataTypes.StringType, true, org.apache.spark.sql.types.Metadata.empty()));
        Dataset<Row> parsed = raw.withColumn("json", from_json(col("value").cast("string"), schema,
                Map.of("mode", "PERMISSIVE", "columnNameOfCorruptRecord", CORRUPT, "allowNonNumericNumbers", "true")));
        Column malformed = col("json").isNull().or(col("json." + CORRUPT).isNotNull());
        if (inferred.getFieldIndex(CORRUPT).isDefined() || inferred.fields().length == 0) {
            setAside(parsed.where(malformed), settings);
        }
        List<Column> columns = new ArrayList<>();
        for (StructField field : inferred.fields()) {
            if (!field.name().equals(CORRUPT)) {
                columns.add(col("json").getField(field.name()).as(field.name()));
            }
        }
        Dataset<Row> rows = parsed.where(malformed.unary_$bang()).select(columns.toArray(Column[]::new));
        String timeField = settings.timeField();
        if (timeField != null && (request.startTime() != null || request.endTime() != null)) {
            Column time = col(timeField).cast("timestamp");
            if (request.startTime() != null) {
                rows = rows.where(time.gt(lit(Timestamp.from(request.startTime().toInstant(ZoneOffset.UTC)))));
            }
            if (request.endTime() != null) {
                rows = rows.where(time.leq(lit(Timestamp.from(request.endTime().toInstant(ZoneOffset.UTC)))));
            }
        }
        if (!request.columns().isEmpty()) {
            rows = rows.select(request.columns().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new));
        }
        return rows;
    }

    /** Malformed values fail the read, or go to the dead-letter topic with the reason in a header, counted. */
    private static void setAside(Dataset<Row> malformed, KafkaEventPublisher.Settings settings) {
        long count = malformed.count();
        if (count == 0) {
            return;
        }
        if (settings.onMalformed() != KafkaSource.OnMalformed.dead_letter) {
            Row first = malformed.select("topic", "partition", "offset").orderBy("topic", "partition", "offset").first();
            throw new KafkaDriverException(settings.what() + ": " + count + " message(s) are not JSON objects, the first at "
                    + first.getString(0) + "-" + first.getInt(1) + "@" + first.getLong(2) + ". The read stops"
                    + " (on_malformed: fail); set on_malformed: dead_letter and dead_letter_topic to set them aside.");
        }
        Column headers = array(struct(lit("driverkit.error").as("key"),
                lit("the message is not a JSON object".getBytes(StandardCharsets.UTF_8)).as("value")));
        malformed.select(col("key"), col("value"), headers.as("headers"))
                .write().format("kafka").options(kafkaOptions(settings.client(), Map.of()))
                .option("topic", settings.deadLetterTopic()).mode(SaveMode.Append).save();
        LOG.log(Level.WARNING, "{0}: {1} malformed message(s) sent to dead-letter topic ''{2}''", settings.what(), count,
                settings.deadLetterTopic());
    }

    /** Spark's {@code assign} option: {"topic": [partitions]}. */
    private static String assignment(KafkaEventPublisher.Settings settings) {
        StringBuilder json = new StringBuilder("{");
        for (String topic : settings.topics()) {
            json.append(json.length() > 1 ? "," : "").append(quote(topic)).append(":").append(settings.partitions());
        }
        return json.append("}").toString();
    }

    /** The topics' end offsets now, in Spark's endingOffsets form, so every action reads the same records. */
    private static String endOffsets(KafkaEventPublisher.Settings settings) {
        Map<String, Object> config = new HashMap<>(settings.client());
        config.putAll(settings.consumerOptions());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : settings.topics()) {
                if (settings.partitions().isEmpty()) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                } else {
                    settings.partitions().forEach(partition -> partitions.add(new TopicPartition(topic, partition)));
                }
            }
            Map<String, Map<Integer, Long>> byTopic = new TreeMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(30)).forEach((partition, offset) ->
                    byTopic.computeIfAbsent(partition.topic(), t -> new TreeMap<>()).put(partition.partition(), offset));
            StringBuilder json = new StringBuilder("{");
            byTopic.forEach((topic, offsets) -> {
                json.append(json.length() > 1 ? "," : "").append(quote(topic)).append(":{");
                StringBuilder inner = new StringBuilder();
                offsets.forEach((partition, offset) -> inner.append(inner.length() > 0 ? "," : "")
                        .append('"').append(partition).append("\":").append(offset));
                json.append(inner).append('}');
            });
            return json.append('}').toString();
        }
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
