package dev.driverkit.examples.kafka;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The STOREY writer of the kafka target: each event becomes one message, its body as JSON (the selected
 * columns, as storey's KafkaTarget writes them) and its key (the event's key, else the key columns'
 * values) as the record key. It keeps up to {@value #WINDOW} events requested; the producer's own
 * buffer blocks {@code onNext} when the brokers fall behind.
 *
 * <p><b>Delivery: at-least-once, and in practice exactly once per run</b>: the producer is idempotent
 * ({@code enable.idempotence}, Kafka's default) and retries for {@code delivery.timeout.ms} (two minutes by
 * default), so a broker restarted within that time loses nothing and, being idempotent, adds no
 * duplicate. {@link #completion()} completes after the producer has flushed, with the number of
 * acknowledged messages; if any message was not acknowledged, it fails with how many were written.
 */
final class KafkaEventWriter implements StoreyWriter {
    static final int WINDOW = 1024;

    /** What the writer needs from the spec and the request, resolved once. */
    record Settings(String what, String topic, Map<String, Object> client, Map<String, Object> producerOptions,
            List<String> columns, List<String> keyColumns, Duration connectTimeout) {}

    private final Settings settings;
    private final CompletableFuture<WriteResult> completion = new CompletableFuture<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private final AtomicReference<Exception> firstFailure = new AtomicReference<>();
    private Flow.Subscription subscription;
    private boolean cancelled;
    private KafkaProducer<byte[], byte[]> producer;
    private long received;

    KafkaEventWriter(Settings settings) {
        this.settings = settings;
    }

    @Override
    public CompletionStage<WriteResult> completion() {
        return completion;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        try {
            KafkaBrokers.check(settings.what(), settings.client(), settings.connectTimeout());
            Map<String, Object> config = new LinkedHashMap<>(settings.client());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.CLIENT_ID_CONFIG, "driverkit-" + settings.what().replace(' ', '-'));
            settings.producerOptions().forEach((key, value) -> config.put(key, String.valueOf(value)));
            producer = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        } catch (RuntimeException e) {
            subscription.cancel();
            completion.completeExceptionally(e);
            return;
        }
        subscription.request(WINDOW);
    }

    @Override
    public void onNext(Event event) {
        if (producer == null || cancelled) {
            return; // cancelled: the stream may still deliver what was in flight
        }
        if (firstFailure.get() != null) { // a send failed: stop the stream from this thread (rule 2.7)
            cancelled = true;
            subscription.cancel();
            return;
        }
        received++;
        try {
            producer.send(new ProducerRecord<>(settings.topic(), key(event), KafkaJson.write(body(event))), (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.incrementAndGet();
                } else {
                    firstFailure.compareAndSet(null, failure); // the producer's thread only records it
                }
            });
        } catch (RuntimeException e) {
            firstFailure.compareAndSet(null, e);
            cancelled = true;
            subscription.cancel();
            return;
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable failure) {
        finish();
        completion.completeExceptionally(new KafkaDriverException(settings.what() + ": the stream failed after "
                + acknowledged.get() + " of " + received + " events were written to topic '" + settings.topic() + "'", failure));
    }

    @Override
    public void onComplete() {
        finish();
        Exception failure = firstFailure.get();
        if (failure != null) {
            completion.completeExceptionally(new KafkaDriverException(settings.what() + ": " + acknowledged.get() + " of "
                    + received + " events were written to topic '" + settings.topic() + "'; the brokers "
                    + settings.client().get("bootstrap.servers") + " did not acknowledge the rest: " + failure, failure));
        } else {
            completion.complete(WriteResult.messages(received, acknowledged.get()));
        }
    }

    /** Flushes and closes the producer: every send has its answer (acknowledged or failed) after this. */
    private void finish() {
        if (producer != null) {
            try {
                producer.flush();
            } finally {
                producer.close(Duration.ofSeconds(30));
                producer = null;
            }
        }
    }

    /** The selected columns: key columns, then the requested features, as MLRun's column list; all without features. */
    private Map<String, Object> body(Event event) {
        if (settings.columns().isEmpty()) {
            return event.body();
        }
        Map<String, Object> selected = new LinkedHashMap<>();
        for (String column : settings.columns()) {
            if (event.body().containsKey(column)) {
                selected.put(column, event.body().get(column));
            }
        }
        return selected;
    }

    private byte[] key(Event event) {
        Object key = event.key();
        if (key == null && !settings.keyColumns().isEmpty()) {
            List<Object> values = settings.keyColumns().stream().map(event.body()::get).toList();
            key = values.contains(null) ? null : values.size() == 1 ? values.get(0) : values;
        }
        return key == null ? null : KafkaJson.stringifyKey(key).getBytes(StandardCharsets.UTF_8);
    }
}
