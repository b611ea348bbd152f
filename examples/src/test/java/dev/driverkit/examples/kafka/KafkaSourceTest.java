package dev.driverkit.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Events;
import dev.driverkit.registry.DriverRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The kafka source on STOREY against a real broker: as an engine reaches it, through the registry and its roles. */
@ExtendWith(KafkaBroker.Extension.class)
class KafkaSourceTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private final DriverRegistry registry = DriverRegistry.load();

    private static String spec(String brokers, String topic, String group, String more) {
        return "{\"kind\": \"kafka\", \"name\": \"" + topic + "\", \"attributes\": {\"brokers\": \"" + brokers
                + "\", \"topics\": [\"" + topic + "\"], \"group\": \"" + group + "\", \"initial_offset\": \"earliest\""
                + (more.isEmpty() ? "" : ", " + more) + "}, \"online\": true}";
    }

    private Flow.Publisher<Event> stream(String spec) {
        return Roles.storey(registry.readSource(spec)).toStep(StepRequest.fromSpec());
    }

    private static List<Map.Entry<String, String>> messages(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Map.entry("k" + i, "{\"id\": " + i + ", \"user\": \"u" + i
                + "\", \"ts\": \"2024-01-01 00:00:0" + (i % 10) + "\"}")).collect(Collectors.toList());
    }

    private static long committed(KafkaBroker broker, String group, String topic) throws Exception {
        try (Admin admin = broker.admin()) {
            OffsetAndMetadata offset = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(30, TimeUnit.SECONDS).get(new TopicPartition(topic, 0));
            return offset == null ? 0 : offset.offset();
        }
    }

    private static int members(KafkaBroker broker, String group) throws Exception {
        try (Admin admin = broker.admin()) {
            return admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group).members().size();
        }
    }

    @Test
    void readsJsonMessagesAsEventsWithKeyAndTime(KafkaBroker broker) {
        String topic = broker.newTopic("events", 1);
        broker.produce(topic, messages(0, 5));
        String withFields = spec(broker.bootstrap(), topic, "g-fields", "\"stop_at_end\": true").replace("\"online\"",
                "\"key_field\": \"user\", \"time_field\": \"ts\", \"online\"");
        List<Event> events = Events.collect(stream(withFields), 2, BOUND);
        assertEquals(5, events.size());
        assertEquals(Map.of("id", 3L, "user", "u3", "ts", "2024-01-01 00:00:03"), events.get(3).body());
        assertEquals("u3", events.get(3).key());
        assertEquals(Instant.parse("2024-01-01T00:00:03Z"), events.get(3).time());

        List<Event> plain = Events.collect(stream(spec(broker.bootstrap(), topic, "g-plain", "\"stop_at_end\": true")), 64, BOUND);
        assertEquals("k3", plain.get(3).key(), "without key_field: the record key");
        assertNotNull(plain.get(3).time(), "without time_field: the record's timestamp");
    }

    /** Demand, commits after the subscriber took the records, cancel leaves the group, a new subscriber resumes. */
    @Test
    void readsOnlyWhatWasRequestedCommitsWhatWasTakenAndResumesThere(KafkaBroker broker) throws Exception {
        String topic = broker.newTopic("demand", 1);
        broker.produce(topic, messages(0, 10));
        String spec = spec(broker.bootstrap(), topic, "g-demand", "\"max_poll_records\": 2");
        TestSubscriber subscriber = new TestSubscriber();
        stream(spec).subscribe(subscriber);
        subscriber.request(3);
        subscriber.awaitCount(3, BOUND);
        TestSubscriber.await("offset 3 committed", BOUND, () -> {
            try {
                return committed(broker, "g-demand", topic) == 3;
            } catch (Exception e) {
                return false;
            }
        });
        assertEquals(3, subscriber.count(), "nothing beyond the demand is delivered");
        assertEquals(3, committed(broker, "g-demand", topic), "only what was taken is committed");
        assertEquals(1, members(broker, "g-demand"));

        subscriber.cancel();
        TestSubscriber.await("the consumer left its group", BOUND, () -> {
            try {
                return members(broker, "g-demand") == 0;
            } catch (Exception e) {
                return false;
            }
        });
        assertFalse(subscriber.done.isDone(), "no signal after cancel");

        List<Event> rest = Events.collect(stream(spec.replace("\"max_poll_records\": 2", "\"stop_at_end\": true")), 4, BOUND);
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 9L), rest.stream().map(e -> e.body().get("id")).toList(),
                "the next subscriber of the group starts after what was taken");
    }

    @Test
    void aMalformedMessageFailsTheStreamByDefault(KafkaBroker broker) throws Exception {
        String topic = broker.newTopic("malformed", 1);
        broker.produce(topic, List.of(Map.entry("a", "{\"id\": 1}"), Map.entry("b", "not json at all"),
                Map.entry("c", "{\"id\": 3}")));
        TestSubscriber subscriber = new TestSubscriber();
        stream(spec(broker.bootstrap(), topic, "g-fail", "")).subscribe(subscriber);
        subscriber.request(10);
        CompletionException failure = assertThrows(CompletionException.class, () -> subscriber.done.orTimeout(60,
                TimeUnit.SECONDS).join());
        assertInstanceOf(KafkaDriverException.class, failure.getCause());
        String message = failure.getCause().getMessage();
        assertTrue(message.startsWith("kafka source '" + topic + "': the message at " + topic + "-0@1 is malformed: the"
                + " message is not JSON"), message);
        assertTrue(message.contains("on_malformed: fail"), message);
        assertEquals(1, subscriber.count(), "the message before it was delivered");
        assertEquals(1, committed(broker, "g-fail", topic), "the malformed message is not committed: it is read again");
    }

    @Test
    void malformedMessagesGoToTheDeadLetterTopicCounted(KafkaBroker broker) throws Exception {
        String topic = broker.newTopic("dirty", 1);
        String deadLetters = broker.newTopic("dirty-dlq", 1);
        broker.produce(topic, List.of(Map.entry("a", "{\"id\": 1}"), Map.entry("b", "not json"), Map.entry("c", "[1, 2]"),
                Map.entry("d", "{\"id\": 4, \"ts\": \"yesterday\"}"), Map.entry("e", "{\"id\": 5}")));
        String spec = spec(broker.bootstrap(), topic, "g-dlq", "\"stop_at_end\": true, \"on_malformed\": \"dead_letter\","
                + " \"dead_letter_topic\": \"" + deadLetters + "\"").replace("\"online\"", "\"time_field\": \"ts\", \"online\"");
        List<Event> events = Events.collect(stream(spec), 64, BOUND);
        assertEquals(List.of(1L, 5L), events.stream().map(e -> e.body().get("id")).toList());

        List<ConsumerRecord<byte[], byte[]>> set = broker.readAll(deadLetters);
        assertEquals(List.of("not json", "[1, 2]", "{\"id\": 4, \"ts\": \"yesterday\"}"),
                set.stream().map(r -> KafkaBroker.text(r.value())).toList());
        assertEquals(List.of("b", "c", "d"), set.stream().map(r -> KafkaBroker.text(r.key())).toList());
        assertEquals(topic + "-0@1", KafkaBroker.text(set.get(0).headers().lastHeader("driverkit.source").value()));
        assertEquals("the message is a JSON array, not a JSON object",
                KafkaBroker.text(set.get(1).headers().lastHeader("driverkit.error").value()));
        assertTrue(KafkaBroker.text(set.get(2).headers().lastHeader("driverkit.error").value()).contains("\"yesterday\""));
        assertEquals(5, committed(broker, "g-dlq", topic), "set aside counts as taken");
    }

    @Test
    void unreachableBrokersFailWithinTheBoundNamingHostAndPort() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // closed again: nothing listens there
        }
        TestSubscriber subscriber = new TestSubscriber();
        long started = System.nanoTime();
        stream(spec("127.0.0.1:" + port, "nowhere", "g-none", "\"connect_timeout\": 2")).subscribe(subscriber);
        subscriber.request(1);
        CompletionException failure = assertThrows(CompletionException.class,
                () -> subscriber.done.orTimeout(30, TimeUnit.SECONDS).join());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        assertEquals("kafka source 'nowhere': cannot reach the Kafka brokers 127.0.0.1:" + port + " within 2 s (none"
                + " answered a metadata request: is a broker listening there?)", failure.getCause().getMessage());
        assertTrue(seconds < 15, "failed after " + seconds + " s");
    }

    /** At-least-once across a broker restart: every message arrives; duplicates are allowed and counted. */
    @Test
    void aBrokerRestartMidStreamLosesNothing(KafkaBroker broker) throws Exception {
        String topic = broker.newTopic("restart", 1);
        broker.produce(topic, messages(0, 100));
        TestSubscriber subscriber = new TestSubscriber();
        stream(spec(broker.bootstrap(), topic, "g-restart", "")).subscribe(subscriber);
        subscriber.request(Long.MAX_VALUE);
        subscriber.awaitCount(100, BOUND);
        broker.restart();
        broker.produce(topic, messages(100, 200));
        TestSubscriber.await("all 200 ids", Duration.ofSeconds(90), () -> ids(subscriber).size() == 200 || subscriber.done.isDone());
        subscriber.cancel();
        assertFalse(subscriber.done.isDone(), "the stream went on: " + subscriber.done);
        assertEquals(IntStream.range(0, 200).mapToObj(i -> (long) i).collect(Collectors.toSet()), ids(subscriber));
        System.out.println("[kafka tests] source across a broker restart: 200 messages, " + (subscriber.count() - 200)
                + " delivered twice");
    }

    private static Set<Object> ids(TestSubscriber subscriber) {
        return subscriber.events().stream().map(e -> e.body().get("id")).collect(Collectors.toCollection(HashSet::new));
    }

    /** SASL PLAIN on the broker's SASL listener; the password never shows in specs, errors or logs. */
    @Test
    void authenticatesWithSaslAndNeverShowsThePassword(KafkaBroker broker) throws Exception {
        String topic = broker.newTopic("sasl", 1);
        broker.produce(topic, messages(0, 3));
        String sasl = "\"sasl\": {\"enabled\": true, \"user\": \"" + KafkaBroker.SASL_USER + "\", \"password\": \"%s\","
                + " \"mechanism\": \"PLAIN\"}, \"stop_at_end\": true, \"connect_timeout\": 5";
        String good = spec(broker.saslBootstrap(), topic, "g-sasl", String.format(sasl, KafkaBroker.SASL_PASSWORD));
        String wrongPassword = "wrong-" + KafkaBroker.SASL_PASSWORD;
        List<String> logged;
        List<Event> events;
        Throwable refused;
        try (LogCapture logs = new LogCapture()) {
            events = Events.collect(stream(good), 8, BOUND);
            TestSubscriber subscriber = new TestSubscriber();
            stream(spec(broker.saslBootstrap(), topic, "g-sasl", String.format(sasl, wrongPassword))).subscribe(subscriber);
            subscriber.request(1);
            refused = assertThrows(CompletionException.class, () -> subscriber.done.orTimeout(60, TimeUnit.SECONDS).join())
                    .getCause();
            logged = logs.lines();
        }
        assertEquals(3, events.size());
        assertTrue(refused.getMessage().startsWith("kafka source '" + topic + "': the Kafka brokers " + broker.saslBootstrap()
                + " refused the SASL credentials"), refused.getMessage());
        List<String> texts = new ArrayList<>(logged);
        for (Throwable t = refused; t != null; t = t.getCause()) {
            texts.add(String.valueOf(t.getMessage()));
        }
        texts.add(registry.writeSpec(registry.readSource(good)));
        for (String text : texts) {
            assertFalse(text.contains(KafkaBroker.SASL_PASSWORD), "the password shows in: " + text);
        }
        assertTrue(logged.stream().anyMatch(line -> line.contains("sasl.jaas.config = [hidden]")),
                "the capture saw the Kafka clients' configuration: " + logged.size() + " lines");
    }
}
