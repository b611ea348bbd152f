package dev.driverkit.examples.kafka;

import dev.driverkit.Engine;
import dev.driverkit.OnlineSource;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Flow;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Kafka topics as an online source, MLRun's {@code KafkaSource} ({@code kind: "kafka"}): the trigger it
 * adds to a Nuclio function, and beyond MLRun a consumer of its own on STOREY and a batch read on Spark.
 *
 * <ul>
 *   <li>{@link #addNuclioTrigger}: Nuclio's {@code kafka-cluster} trigger named {@code kafka}, as MLRun
 *       builds it (brokers, topics, partitions, consumerGroup, initialOffset, sasl, the other attributes
 *       read leniently; {@code max_workers} becomes maxWorkers). Differences: MLRun's {@code "enabled"} in
 *       {@code sasl} is given to Nuclio as the {@code "enable"} its reference documents; a password the
 *       spec leaves out is read from the environment; driverkit's own consumer settings stay out.</li>
 *   <li>STOREY, {@link #toStep}: a demand-driven stream of the topics' JSON messages, one consumer per
 *       subscriber in consumer group {@code group}. <b>Delivery: at-least-once.</b> An offset is
 *       committed only after the subscriber's {@code onNext} returned for its record, so a crash or a
 *       broker outage re-reads records (duplicates), never skips them. A malformed message (not a JSON
 *       object, or a time field that is not a date-time) fails the stream ({@code on_malformed: fail}, the
 *       default) or goes to {@code dead_letter_topic} with the reason in its headers and is counted
 *       ({@code on_malformed: dead_letter}); it is never dropped. Brokers that do not answer within
 *       {@code connect_timeout} seconds fail the stream with their host:port. Cancelling commits and
 *       closes the consumer. With {@code stop_at_end} the stream completes at the end offsets its
 *       partitions had when they were assigned; otherwise it runs until cancelled.</li>
 *   <li>SPARK, {@link #toSparkDf}: Spark's Kafka batch reader between the offsets {@code starting_offsets}
 *       and {@code ending_offsets} (Spark's forms; by default everything in the topics now, the end
 *       offsets resolved once so that the read is repeatable), JSON values parsed into columns
 *       (schema inferred), malformed values handled as on STOREY.</li>
 * </ul>
 *
 * <p>Credentials: {@code sasl.password} is read from specs and never written back
 * ({@code @Spec(secretKeys)}); when the spec has none, {@code KAFKA_SASL_PASSWORD} under the spec's
 * {@code credentials_prefix} is read from the environment, as MLRun reads secrets. No message of this
 * driver shows a password.
 */
@SourceDriver(kind = "kafka", supports = {Engine.STOREY, Engine.SPARK})
public class KafkaSource extends OnlineSource {
    /** What a malformed message does. */
    public enum OnMalformed { fail, dead_letter }

    /** Where a consumer group without committed offsets starts. */
    public enum InitialOffset { earliest, latest }

    /** The brokers, as host:port: a string (comma-separated) or a list. */
    @Spec Object brokers;
    /** The topics: a string or a list. */
    @Spec Object topics;
    /** The consumer group. */
    @Spec String group = "serving";
    /** Where a consumer group without committed offsets starts: earliest or latest. */
    @Spec InitialOffset initialOffset = InitialOffset.earliest;
    /** Only these partitions of each topic (assigned, not balanced in the group). */
    @Spec List<Integer> partitions;
    /** SASL: enabled (or Nuclio's enable), user, password (secret), mechanism (PLAIN, SCRAM-SHA-256, SCRAM-SHA-512). */
    @Spec(secretKeys = {"password", "oauth.clientSecret"}) Map<String, Object> sasl;
    /** The Nuclio trigger's maxWorkers. */
    @Spec Integer maxWorkers;
    /** fail (default): a malformed message fails the stream; dead_letter: it goes to dead_letter_topic. */
    @Spec OnMalformed onMalformed;
    /** The topic that takes malformed messages when on_malformed is dead_letter. */
    @Spec String deadLetterTopic;
    /** Seconds to wait for the brokers to answer before failing (default 10). */
    @Spec Integer connectTimeout;
    /** Complete the STOREY stream at the end offsets of its partitions when assigned (default false: run until cancelled). */
    @Spec Boolean stopAtEnd;
    /** Records one poll returns at most, so the most read ahead of demand (default 500). */
    @Spec Integer maxPollRecords;
    /** Kafka consumer settings added to the driver's (e.g. {"fetch.min.bytes": "1024"}). */
    @Spec Map<String, Object> consumerOptions;
    /** Spark's startingOffsets (default "earliest"). */
    @Spec String startingOffsets;
    /** Spark's endingOffsets (default: the topics' end offsets when the read starts). */
    @Spec String endingOffsets;

    /** The attributes of driverkit's own consumer, which the Nuclio trigger does not get. */
    static final Set<String> CONSUMER_ONLY = Set.of("on_malformed", "dead_letter_topic", "connect_timeout", "stop_at_end",
            "max_poll_records", "consumer_options", "starting_offsets", "ending_offsets");

    public KafkaSource() {}

    /** Adds Nuclio's kafka-cluster trigger named "kafka", as MLRun's KafkaSource does; returns the function. */
    public NuclioFunction addNuclioTrigger(NuclioFunction function) {
        return function.addTrigger("kafka", KafkaTrigger.of(this, credentials(System::getenv)));
    }

    /** The topics' JSON messages as events, demand-driven, at-least-once (see the class description). */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        return new KafkaEventPublisher(settings(request.keyField() != null ? request.keyField() : getKeyField(),
                request.timeField() != null ? request.timeField() : getTimeField(), System::getenv));
    }

    /** The topics' messages between offsets, as columns of their JSON values (see the class description). */
    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {
        return KafkaSpark.read(session, settings(getKeyField(), request.timeField() != null ? request.timeField()
                : getTimeField(), System::getenv), startingOffsets, endingOffsets, request);
    }

    KafkaCredentials credentials(UnaryOperator<String> environment) {
        return KafkaCredentials.of(sasl, getCredentialsPrefix(), environment);
    }

    String what() {
        return "kafka source '" + (getName() == null ? String.join(",", KafkaBrokers.list(topics)) : getName()) + "'";
    }

    KafkaEventPublisher.Settings settings(String keyField, String timeField, UnaryOperator<String> environment) {
        List<String> brokerList = KafkaBrokers.list(brokers);
        List<String> topicList = KafkaBrokers.list(topics);
        if (brokerList.isEmpty() || topicList.isEmpty()) {
            throw new KafkaDriverException(what() + ": the spec names no " + (brokerList.isEmpty() ? "brokers" : "topics")
                    + " (attributes \"" + (brokerList.isEmpty() ? "brokers" : "topics") + "\")");
        }
        OnMalformed malformed = onMalformed == null ? OnMalformed.fail : onMalformed;
        if (malformed == OnMalformed.dead_letter && (deadLetterTopic == null || deadLetterTopic.isBlank())) {
            throw new KafkaDriverException(what() + ": on_malformed is dead_letter but no dead_letter_topic is set");
        }
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("bootstrap.servers", String.join(",", brokerList));
        client.putAll(credentials(environment).clientSettings(what()));
        Map<String, Object> options = new LinkedHashMap<>();
        if (consumerOptions != null) {
            consumerOptions.forEach((key, value) -> options.put(key, String.valueOf(value)));
        }
        return new KafkaEventPublisher.Settings(what(), client, options, group == null ? "serving" : group,
                (initialOffset == null ? InitialOffset.earliest : initialOffset).name(), topicList,
                partitions == null ? List.of() : List.copyOf(partitions), keyField, timeField, malformed, deadLetterTopic,
                Duration.ofSeconds(connectTimeout == null ? 10 : connectTimeout), Boolean.TRUE.equals(stopAtEnd),
                maxPollRecords == null ? 500 : maxPollRecords);
    }
}
