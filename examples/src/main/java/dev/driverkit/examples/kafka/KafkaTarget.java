package dev.driverkit.examples.kafka;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.functions;

/**
 * A Kafka topic as a target, MLRun's {@code KafkaTarget} ({@code kind: "kafka"}): {@code path} is the
 * topic (or {@code kafka://host:port/topic}, as MLRun parses it), attributes {@code brokers} (a string
 * or a list) and {@code producer_options} (Kafka producer settings). Neither offline nor online: a
 * stream that only appends.
 *
 * <ul>
 *   <li>STOREY, {@link #addWriterStep}: one message per event, its JSON body as storey's KafkaTarget
 *       writes it and its key as the record key; a {@code StoreyWriter} whose completion comes after the
 *       producer has flushed. <b>Delivery: at-least-once</b>, and with Kafka's idempotent producer no
 *       duplicates within a run: a broker restarted within {@code delivery.timeout.ms} loses nothing;
 *       otherwise the completion fails with the number of messages written. Brokers that do not answer
 *       within {@code connect_timeout} seconds fail the write with their host:port.</li>
 *   <li>SPARK: Spark's Kafka writer, {@code to_json} of the columns as the value and the first key
 *       column as the key. <b>Delivery: at-least-once</b> (a retried Spark task may write its rows
 *       again). A topic is only appended to: {@code overwrite} has no effect.</li>
 * </ul>
 *
 * <p>Credentials: as the kafka source, {@code sasl} (with {@code password} secret, or
 * {@code KAFKA_SASL_PASSWORD} from the environment); producer settings that hold passwords are never
 * written back either.
 */
@TargetDriver(kind = "kafka", supports = {Engine.STOREY, Engine.SPARK}, offline = false, online = false, append = true)
public class KafkaTarget extends BaseStoreTarget {
    /** The brokers, as host:port: a string (comma-separated) or a list. */
    @Spec(aliases = "bootstrap_servers") Object brokers;
    /** Kafka producer settings (e.g. {"linger.ms": 5}); password settings are never written back. */
    @Spec(secretKeys = {"sasl.jaas.config", "ssl.key.password", "ssl.keystore.password", "ssl.truststore.password",
            "sasl_plain_password"}) Map<String, Object> producerOptions;
    /** SASL: enabled, user, password (secret), mechanism, as on the kafka source. */
    @Spec(secretKeys = {"password", "oauth.clientSecret"}) Map<String, Object> sasl;
    /** Seconds to wait for the brokers to answer before failing (default 10). */
    @Spec Integer connectTimeout;

    public KafkaTarget() {}

    /** The writer of the stream's events (see the class description). */
    public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {
        Set<String> columns = new LinkedHashSet<>();
        if (!request.features().isEmpty()) {
            columns.addAll(request.keyColumns());
            if (request.timestampKey() != null) {
                columns.add(request.timestampKey());
            }
            columns.addAll(request.features());
        }
        return new KafkaEventWriter(new KafkaEventWriter.Settings(what(), topic(), client(), producerOptions(),
                List.copyOf(columns), request.keyColumns(), Duration.ofSeconds(connectTimeout == null ? 10 : connectTimeout)));
    }

    /** Spark's Kafka writer options: format, kafka.bootstrap.servers, topic and the producer settings. */
    public Map<String, String> getSparkOptions(WriteRequest request) {
        Map<String, Object> producer = new LinkedHashMap<>(producerOptions());
        Map<String, String> options = new LinkedHashMap<>();
        options.put("format", "kafka");
        options.putAll(KafkaSpark.kafkaOptions(client(), producer));
        options.put("topic", topic());
        return options;
    }

    /** {@code key} (the first key column, as text) and {@code value} (to_json of the other columns too). */
    public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {
        List<Column> columns = new ArrayList<>();
        columns.add(functions.to_json(functions.struct(df.col("*"))).as("value"));
        if (!request.keyColumns().isEmpty()) {
            columns.add(df.col(request.keyColumns().get(0)).cast("string").as("key"));
        }
        return df.select(columns.toArray(Column[]::new));
    }

    /** Appends the prepared frame to the topic with Spark's Kafka writer. */
    public void writeSparkDf(Dataset<Row> df, WriteRequest request) {
        KafkaBrokers.check(what(), client(), Duration.ofSeconds(connectTimeout == null ? 10 : connectTimeout));
        Map<String, String> options = getSparkOptions(request);
        options.remove("format");
        prepareSparkDf(df, request).write().format("kafka").options(options).mode(SaveMode.Append).save();
    }

    String what() {
        return "kafka target '" + (getName() == null ? getPath() : getName()) + "'";
    }

    /** The topic of {@code path}, as MLRun's parse_kafka_url reads it. */
    String topic() {
        String path = getPath();
        if (path == null || path.isBlank()) {
            throw new KafkaDriverException(what() + ": the target has no topic (its path)");
        }
        if (!path.contains("://")) {
            return path;
        }
        URI uri = URI.create(path);
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.startsWith("topic=")) {
                    return URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8);
                }
            }
        }
        String topic = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", "");
        if (topic.isEmpty()) {
            throw new KafkaDriverException(what() + ": the path " + path + " names no topic");
        }
        return topic;
    }

    /** bootstrap.servers (the path's host:port first, as MLRun) and the SASL settings. */
    Map<String, Object> client() {
        List<String> brokerList = new ArrayList<>();
        String path = getPath();
        if (path != null && path.contains("://") && URI.create(path).getRawAuthority() != null) {
            brokerList.add(URI.create(path).getRawAuthority());
        }
        brokerList.addAll(KafkaBrokers.list(brokers));
        if (brokerList.isEmpty()) {
            throw new KafkaDriverException(what() + ": the spec names no brokers (attribute \"brokers\")");
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("bootstrap.servers", String.join(",", brokerList));
        client.putAll(KafkaCredentials.of(sasl, getCredentialsPrefix(), System::getenv).clientSettings(what()));
        return client;
    }

    private Map<String, Object> producerOptions() {
        return producerOptions == null ? Map.of() : producerOptions;
    }
}
