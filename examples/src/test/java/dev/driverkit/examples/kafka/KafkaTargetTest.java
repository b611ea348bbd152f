package dev.driverkit.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteResult;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.registry.DriverRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kafka target on STOREY against a real broker, reached through the registry and its roles. */
@ExtendWith(KafkaBroker.Extension.class)
class KafkaTargetTest {
    private static final ExecutorService EMITTER = Executors.newSingleThreadExecutor();
    private final DriverRegistry registry = DriverRegistry.load();

    @AfterAll
    static void stopEmitter() {
        EMITTER.shutdownNow();
    }

    private StoreyWriter writer(String spec, WriterStepRequest request) {
        Flow.Subscriber<Event> subscriber = Roles.storey(registry.readTarget(spec)).addWriterStep(request);
        return assertInstanceOf(StoreyWriter.class, subscriber, "the writer tells when the producer has flushed");
    }

    private static String spec(String brokers, String topic, String more) {
        return "{\"kind\": \"kafka\", \"name\": \"out\", \"path\": \"" + topic + "\", \"attributes\": {\"brokers\": \""
                + brokers + "\"" + (more.isEmpty() ? "" : ", " + more) + "}}";
    }

    private static Event event(int id) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("name", "n" + id);
        body.put("amount", id * 1.5);
        body.put("ts", LocalDateTime.of(2024, 1, 1, 0, 0, id % 60));
        return new Event(body, null, Instant.EPOCH);
    }

    @Test
    void writesEachEventAsStoreyDoesAndCompletesAfterTheFlush(KafkaBroker broker) {
        String topic = broker.newTopic("out", 1);
        StoreyWriter writer = writer(spec(broker.bootstrap(), topic, ""),
                new WriterStepRequest(null, List.of(), List.of("id"), null));
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>(EMITTER, 256);
        publisher.subscribe(writer);
        for (int id = 0; id < 1000; id++) {
            publisher.submit(event(id));
        }
        publisher.close();
        WriteResult result = writer.completion().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join();
        assertEquals(WriteResult.messages(1000, 1000), result);
        List<ConsumerRecord<byte[], byte[]>> written = broker.readAll(topic);
        assertEquals(1000, written.size(), "every message is on the topic when the completion comes");
        assertEquals("{\"id\": 7, \"name\": \"n7\", \"amount\": 10.5, \"ts\": \"2024-01-01 00:00:07\"}",
                KafkaBroker.text(written.get(7).value()), "storey's json.dumps(body, default=str)");
        assertEquals("7", KafkaBroker.text(written.get(7).key()), "the key column's value is the record key");
    }

    @Test
    void writesTheSelectedColumnsUnderTheEventKey(KafkaBroker broker) {
        String topic = broker.newTopic("features", 1);
        StoreyWriter writer = writer(spec(broker.bootstrap(), topic, "\"producer_options\": {\"linger.ms\": 5}"),
                new WriterStepRequest(null, List.of("amount"), List.of("id"), "ts"));
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>(EMITTER, 16);
        publisher.subscribe(writer);
        publisher.submit(new Event(event(3).body(), List.of("a", 3), null));
        publisher.close();
        assertEquals(1, writer.completion().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join().messages());
        ConsumerRecord<byte[], byte[]> record = broker.readAll(topic).get(0);
        assertEquals("{\"id\": 3, \"ts\": \"2024-01-01 00:00:03\", \"amount\": 4.5}", KafkaBroker.text(record.value()));
        assertEquals("a.3", KafkaBroker.text(record.key()), "an event key of two values, as storey's stringify_key");
    }

    @Test
    void unreachableBrokersFailTheWriteWithinTheBoundNamingHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StoreyWriter writer = writer(spec("127.0.0.1:" + port, "t", "\"connect_timeout\": 2"),
                new WriterStepRequest(null, List.of(), List.of(), null));
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>(EMITTER, 16);
        long started = System.nanoTime();
        publisher.subscribe(writer);
        CompletionException failure = assertThrows(CompletionException.class,
                () -> writer.completion().toCompletableFuture().orTimeout(30, TimeUnit.SECONDS).join());
        assertEquals("kafka target 'out': cannot reach the Kafka brokers 127.0.0.1:" + port + " within 2 s (none answered"
                + " a metadata request: is a broker listening there?)", failure.getCause().getMessage());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) < 15);
        publisher.close();
    }

    /**
     * The broker goes down with half of the events sent and comes back: the idempotent producer retries,
     * nothing is lost and nothing doubled; the completion waits for the last acknowledgement.
     */
    @Test
    void aBrokerRestartMidStreamLosesAndDoublesNothing(KafkaBroker broker) {
        String topic = broker.newTopic("restart-out", 1);
        StoreyWriter writer = writer(spec(broker.bootstrap(), topic, ""), new WriterStepRequest(null, List.of(),
                List.of("id"), null));
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>(EMITTER, 256);
        publisher.subscribe(writer);
        for (int id = 0; id < 500; id++) {
            publisher.submit(event(id));
        }
        broker.stop();
        try {
            for (int id = 500; id < 1000; id++) {
                publisher.submit(event(id));
            }
        } finally {
            broker.startAgain();
        }
        publisher.close();
        WriteResult result = writer.completion().toCompletableFuture().orTimeout(120, TimeUnit.SECONDS).join();
        assertEquals(WriteResult.messages(1000, 1000), result);
        List<String> keys = broker.readAll(topic).stream().map(r -> KafkaBroker.text(r.key())).toList();
        assertEquals(1000, keys.stream().distinct().count(), "nothing lost");
        assertEquals(1000, keys.size(), "nothing doubled: " + keys.stream().collect(Collectors.groupingBy(k -> k,
                Collectors.counting())).entrySet().stream().filter(e -> e.getValue() > 1).toList());
    }

    /** When the brokers stay away beyond delivery.timeout.ms the completion fails loudly with the count written. */
    @Test
    void brokersThatStayAwayFailTheWriteWithTheCountWritten(KafkaBroker broker) throws InterruptedException {
        String topic = broker.newTopic("gone", 1);
        StoreyWriter writer = writer(spec(broker.bootstrap(), topic, "\"producer_options\": {\"delivery.timeout.ms\":"
                + " 3000, \"request.timeout.ms\": 1000, \"linger.ms\": 0, \"max.block.ms\": 3000}"),
                new WriterStepRequest(null, List.of(), List.of("id"), null));
        SubmissionPublisher<Event> publisher = new SubmissionPublisher<>(EMITTER, 256);
        publisher.subscribe(writer);
        for (int id = 0; id < 10; id++) {
            publisher.submit(event(id));
        }
        TestSubscriber.await("the first 10 on the topic", java.time.Duration.ofSeconds(60),
                () -> broker.readAll(topic).size() == 10);
        broker.stop();
        try {
            for (int id = 10; id < 20; id++) {
                publisher.submit(event(id));
            }
            publisher.close();
            CompletionException failure = assertThrows(CompletionException.class,
                    () -> writer.completion().toCompletableFuture().orTimeout(60, TimeUnit.SECONDS).join());
            String message = failure.getCause().getMessage();
            assertTrue(message.matches("kafka target 'out': 10 of \\d+ events were written to topic '" + topic
                    + "'; the brokers " + broker.bootstrap() + " did not acknowledge the rest: .*"), message);
        } finally {
            broker.startAgain();
        }
    }
}
