package dev.driverkit.examples.kafka;

import dev.driverkit.engine.Event;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The STOREY stream of the kafka source: each subscriber gets its own consumer (in the spec's consumer
 * group) on a thread of its own, which makes every signal to the subscriber.
 *
 * <ul>
 *   <li>Demand: the consumer polls only while the subscriber has unmet demand and nothing is buffered;
 *       one poll returns at most {@code max_poll_records} records, so at most that many are read ahead
 *       of demand. With no demand it waits, keeping its group membership with polls of paused
 *       partitions.</li>
 *   <li>At-least-once: a record's offset is committed only after {@code onNext} returned for it (or
 *       after a malformed message was acknowledged by the dead-letter topic), asynchronously about once a
 *       second and synchronously when the stream ends or a partition is revoked. After a crash, a broker
 *       outage that fails the last commit, or a rebalance, the records taken since the last commit are
 *       read again: duplicates are possible, loss is not.</li>
 *   <li>Cancel: the loop commits what was taken, closes the consumer (leaving the group) and ends.</li>
 * </ul>
 */
final class KafkaEventPublisher implements Flow.Publisher<Event> {
    private static final System.Logger LOG = System.getLogger("dev.driverkit.examples.kafka");
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long COMMIT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final long IDLE_POLL_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** What the loop needs from the spec, resolved once. */
    record Settings(String what, Map<String, Object> client, Map<String, Object> consumerOptions, String group,
            String initialOffset, List<String> topics, List<Integer> partitions, String keyField, String timeField,
            KafkaSource.OnMalformed onMalformed, String deadLetterTopic, Duration connectTimeout, boolean stopAtEnd,
            int maxPollRecords) {}

    private final Settings settings;

    KafkaEventPublisher(Settings settings) {
        this.settings = settings;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        Loop loop = new Loop(subscriber);
        subscriber.onSubscribe(loop);
        loop.thread.start();
    }

    private final class Loop implements Flow.Subscription, Runnable, ConsumerRebalanceListener {
        private final Flow.Subscriber<? super Event> subscriber;
        private final AtomicLong demand = new AtomicLong();
        private final Object signal = new Object();
        private final Thread thread;
        private volatile boolean cancelled;
        private volatile long badRequest;
        // State of the loop thread only.
        private KafkaConsumer<byte[], byte[]> consumer;
        private KafkaProducer<byte[], byte[]> deadLetters;
        private final ArrayDeque<ConsumerRecord<byte[], byte[]>> buffer = new ArrayDeque<>();
        private final Map<TopicPartition, OffsetAndMetadata> taken = new HashMap<>();
        private final Map<TopicPartition, Long> endOffsets = new HashMap<>();
        private long lastCommit = System.nanoTime();
        private long lastPoll = System.nanoTime();
        private long malformed;

        Loop(Flow.Subscriber<? super Event> subscriber) {
            this.subscriber = subscriber;
            this.thread = new Thread(this, "driverkit-" + settings.what().replace(' ', '-'));
            thread.setDaemon(true);
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                badRequest = n;
            } else {
                demand.getAndAccumulate(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
            }
            wake();
        }

        @Override
        public void cancel() {
            cancelled = true;
            wake();
        }

        private void wake() {
            synchronized (signal) {
                signal.notifyAll();
            }
        }

        @Override
        public void run() {
            Throwable failure = null;
            try {
                if (cancelled) {
                    return; // cancelled in onSubscribe: nothing was opened
                }
                open();
                consume();
            } catch (Throwable e) {
                failure = e;
            } finally {
                close();
            }
            if (!cancelled) {
                if (failure != null) {
                    subscriber.onError(failure);
                } else {
                    subscriber.onComplete();
                }
            }
        }

        private void open() {
            KafkaBrokers.check(settings.what(), settings.client(), settings.connectTimeout());
            Map<String, Object> config = new HashMap<>(settings.client());
            config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, settings.initialOffset());
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxPollRecords());
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "driverkit-" + settings.what().replace(' ', '-'));
            config.putAll(settings.consumerOptions());
            consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            if (settings.partitions().isEmpty()) {
                consumer.subscribe(settings.topics(), this);
            } else {
                List<TopicPartition> assigned = new ArrayList<>();
                for (String topic : settings.topics()) {
                    for (int partition : settings.partitions()) {
                        assigned.add(new TopicPartition(topic, partition));
                    }
                }
                consumer.assign(assigned);
                onPartitionsAssigned(assigned);
            }
        }

        private void consume() throws Exception {
            while (!cancelled) {
                if (badRequest != 0) {
                    throw new IllegalArgumentException("Reactive Streams rule 3.9: request(" + badRequest + ") must be positive.");
                }
                if (demand.get() == 0) {
                    idle();
                } else if (!buffer.isEmpty()) {
                    deliver(buffer.poll());
                } else if (settings.stopAtEnd() && reachedEnd()) {
                    return;
                } else {
                    consumer.resume(consumer.paused());
                    consumer.poll(POLL).forEach(buffer::add);
                    lastPoll = System.nanoTime();
                }
                commit(false); // at most about once a second
            }
        }

        /** No demand: wait for a request; now and then poll with every partition paused, to stay in the group. */
        private void idle() throws InterruptedException {
            synchronized (signal) {
                if (demand.get() == 0 && !cancelled && badRequest == 0) {
                    signal.wait(200);
                }
            }
            if (demand.get() == 0 && System.nanoTime() - lastPoll > IDLE_POLL_NANOS) {
                consumer.pause(consumer.assignment());
                consumer.poll(Duration.ZERO).forEach(buffer::add);
                lastPoll = System.nanoTime();
            }
        }

        private void deliver(ConsumerRecord<byte[], byte[]> record) throws Exception {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            Event event;
            try {
                event = event(record);
            } catch (IllegalArgumentException notAnEvent) {
                setAside(record, notAnEvent.getMessage());
                taken.put(partition, new OffsetAndMetadata(record.offset() + 1));
                return;
            }
            demand.decrementAndGet();
            subscriber.onNext(event);
            taken.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }

        private Event event(ConsumerRecord<byte[], byte[]> record) {
            Map<String, Object> body = KafkaJson.read(record.value());
            Object key = settings.keyField() == null ? null : body.get(settings.keyField());
            if (key == null && record.key() != null) {
                key = new String(record.key(), StandardCharsets.UTF_8);
            }
            Object time = settings.timeField() == null ? null : body.get(settings.timeField());
            return new Event(body, key, time == null ? Instant.ofEpochMilli(record.timestamp()) : KafkaJson.instant(time));
        }

        /** A malformed message fails the stream, or goes to the dead-letter topic and is counted: never dropped. */
        private void setAside(ConsumerRecord<byte[], byte[]> record, String reason) throws Exception {
            malformed++;
            String where = record.topic() + "-" + record.partition() + "@" + record.offset();
            if (settings.onMalformed() != KafkaSource.OnMalformed.dead_letter) {
                throw new KafkaDriverException(settings.what() + ": the message at " + where + " is malformed: " + reason
                        + ". The stream stops here (on_malformed: fail); set on_malformed: dead_letter and"
                        + " dead_letter_topic to set such messages aside and go on.");
            }
            RecordHeaders headers = new RecordHeaders();
            for (Header header : record.headers()) {
                headers.add(header);
            }
            headers.add("driverkit.error", reason.getBytes(StandardCharsets.UTF_8));
            headers.add("driverkit.source", where.getBytes(StandardCharsets.UTF_8));
            try {
                deadLetters().send(new ProducerRecord<>(settings.deadLetterTopic(), null, record.key(), record.value(), headers))
                        .get(settings.connectTimeout().toMillis() + 30_000, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new KafkaDriverException(settings.what() + ": the malformed message at " + where + " could not be"
                        + " written to the dead-letter topic '" + settings.deadLetterTopic() + "'; the stream stops so"
                        + " that it is not lost: " + e, e);
            }
            LOG.log(Level.WARNING, "{0}: the message at {1} is malformed ({2}); sent to dead-letter topic ''{3}'' ({4} so far)",
                    settings.what(), where, reason, settings.deadLetterTopic(), malformed);
        }

        private KafkaProducer<byte[], byte[]> deadLetters() {
            if (deadLetters == null) {
                Map<String, Object> config = new HashMap<>(settings.client());
                config.put(ProducerConfig.ACKS_CONFIG, "all");
                config.put(ProducerConfig.CLIENT_ID_CONFIG, "driverkit-dead-letters");
                deadLetters = new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
            }
            return deadLetters;
        }

        private boolean reachedEnd() {
            Collection<TopicPartition> assignment = consumer.assignment();
            if (assignment.isEmpty()) {
                return false;
            }
            for (TopicPartition partition : assignment) {
                Long end = endOffsets.get(partition);
                if (end == null || consumer.position(partition) < end) {
                    return false;
                }
            }
            return true;
        }

        /** Commits what was taken: asynchronously about once a second, or synchronously ({@code now}). */
        private void commit(boolean now) {
            if (taken.isEmpty() || !now && System.nanoTime() - lastCommit < COMMIT_INTERVAL_NANOS) {
                return;
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>(taken);
            taken.clear();
            lastCommit = System.nanoTime();
            if (now) {
                consumer.commitSync(offsets, Duration.ofSeconds(10));
            } else {
                consumer.commitAsync(offsets, (committed, failure) -> {
                    if (failure != null) { // a later commit of the same partitions supersedes this one
                        LOG.log(Level.DEBUG, "{0}: committing offsets failed, to be retried: {1}", settings.what(), failure);
                    }
                });
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = taken.remove(partition);
                if (offset != null) {
                    offsets.put(partition, offset);
                }
            }
            buffer.removeIf(record -> partitions.contains(new TopicPartition(record.topic(), record.partition())));
            if (!offsets.isEmpty()) {
                try {
                    consumer.commitSync(offsets, Duration.ofSeconds(10));
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "{0}: offsets of revoked partitions not committed; their last records will be"
                            + " read again: {1}", settings.what(), e.toString());
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (settings.stopAtEnd() && !partitions.isEmpty()) {
                endOffsets.putAll(consumer.endOffsets(partitions, Duration.ofSeconds(30)));
            }
        }

        private void close() {
            if (consumer != null) {
                try {
                    commit(true);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "{0}: the offsets of the last records taken were not committed; they will be"
                            + " read again: {1}", settings.what(), e.toString());
                }
                consumer.close(Duration.ofSeconds(5));
                consumer = null;
            }
            if (deadLetters != null) {
                deadLetters.close(Duration.ofSeconds(5));
                deadLetters = null;
            }
        }
    }
}
