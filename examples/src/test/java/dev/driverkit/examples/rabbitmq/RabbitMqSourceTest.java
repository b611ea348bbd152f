package dev.driverkit.examples.rabbitmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.onlinetest.Await;
import dev.driverkit.examples.secrets.MlrunSecrets;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rabbitmq source against a real AMQP 0-9-1 broker (Qpid Broker-J): Nuclio's trigger shape, demand-driven
 * consumption, acknowledgement after the downstream took a message, no loss when a run fails, dead letters,
 * and the connection faults.
 */
class RabbitMqSourceTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final AtomicInteger QUEUES = new AtomicInteger();

    private final DriverRegistry registry = DriverRegistry.load();
    private final QpidBroker broker = QpidBroker.shared();
    private final MlrunSecrets secrets = MlrunSecrets.from(Map.of("MQ_RABBITMQ_USER", QpidBroker.USER,
            "MQ_RABBITMQ_PASSWORD", QpidBroker.PASSWORD)::get);
    private String queue;
    private Connection admin;
    private Channel channel;

    @BeforeEach
    void connect() throws Exception {
        queue = "q" + QUEUES.incrementAndGet();
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost("127.0.0.1");
        factory.setPort(broker.port());
        factory.setUsername(QpidBroker.USER);
        factory.setPassword(QpidBroker.PASSWORD);
        admin = factory.newConnection("test-admin");
        channel = admin.createChannel();
        channel.queueDeclare(queue, false, false, false, null);
    }

    @AfterEach
    void disconnect() throws Exception {
        admin.close();
    }

    private RabbitMqSource source(String attributes) {
        RabbitMqSource source = (RabbitMqSource) registry.readSource("{\"kind\": \"rabbitmq\", \"name\": \"orders\","
                + " \"key_field\": \"id\", \"time_field\": \"ts\", \"credentials_prefix\": \"MQ\", \"attributes\": {\"url\": \""
                + broker.url() + "\", \"queue_name\": \"" + queue + "\"" + attributes + "}}");
        return source.withSecrets(secrets);
    }

    private void publish(String... bodies) throws Exception {
        for (String body : bodies) {
            channel.basicPublish("", queue, null, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private void publishOrders(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            publish("{\"id\": " + i + ", \"amount\": " + (i + 0.5) + ", \"ts\": \"2024-01-01T00:00:0" + (i % 10) + "Z\"}");
        }
    }

    private long ready(String name) throws Exception {
        return channel.queueDeclarePassive(name).getMessageCount();
    }

    /** A subscriber that requests what the test says, records events and fails on the events the test says. */
    private static final class Recorder implements Flow.Subscriber<Event> {
        final List<Event> events = new CopyOnWriteArrayList<>();
        final CompletableFuture<Throwable> error = new CompletableFuture<>();
        private final long initial;
        private final Predicate<Event> refuse;
        volatile Flow.Subscription subscription;

        Recorder(long initial, Predicate<Event> refuse) {
            this.initial = initial;
            this.refuse = refuse;
        }

        Recorder(long initial) {
            this(initial, event -> false);
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
            s.request(initial);
        }

        @Override
        public void onNext(Event event) {
            if (refuse.test(event)) {
                throw new IllegalStateException("the downstream failed on " + event.body());
            }
            events.add(event);
        }

        @Override
        public void onError(Throwable failure) {
            error.complete(failure);
        }

        @Override
        public void onComplete() {
            error.completeExceptionally(new AssertionError("a queue never completes"));
        }

        List<Object> ids() {
            return events.stream().map(Event::key).toList();
        }
    }

    @Test
    void theRegistryListsAnOnlineStoreySourceAndItsSpecHoldsNoPassword() {
        DriverInfo info = registry.source("rabbitmq");
        assertEquals(Set.of(Engine.STOREY), info.engines());
        assertTrue(info.hasFlag(DriverFlag.ONLINE));
        RabbitMqSource source = source(", \"dead_letter_queue\": \"bad-orders\"");
        String written = registry.writeSpec(source);
        assertEquals(written, registry.writeSpec(registry.readSource(written)));
        assertFalse(written.contains(QpidBroker.PASSWORD), written);
    }

    @Test
    void theTriggerHasNuclioRabbitMqShape() throws Exception {
        RabbitMqSource source = (RabbitMqSource) registry.readSource("{\"kind\": \"rabbitmq\", \"name\": \"orders\","
                + " \"workers\": 4, \"credentials_prefix\": \"MQ\", \"attributes\": {\"url\": \"amqp://10.0.0.1:5672\","
                + " \"exchange_name\": \"myExchangeName\", \"queue_name\": \"myQueueName\", \"topics\": [\"orders.*\","
                + " \"payments.#\"], \"reconnect_duration\": \"5m\", \"reconnect_interval\": \"15s\", \"prefetch_count\": 10,"
                + " \"durable_exchange\": true, \"durable_queue\": true}}");
        source.withSecrets(MlrunSecrets.from(Map.of("MQ_RABBITMQ_USER", "user", "MQ_RABBITMQ_PASSWORD", "pass")::get));
        NuclioFunction function = Roles.trigger(source).addNuclioTrigger(new NuclioFunction("serving"));

        Map<?, ?> fixture;
        try (InputStream in = getClass().getResourceAsStream("/nuclio/rabbit-mq-trigger.json")) {
            fixture = new ObjectMapper().readValue(in, Map.class);
        }
        fixture.remove("_comment");
        Map<String, Object> trigger = function.triggers().get("orders");
        assertEquals(fixture, new ObjectMapper().convertValue(trigger, Map.class));
    }

    @Test
    void messagesBecomeEventsAndAreAcknowledgedOnceTaken() throws Exception {
        publishOrders(10);
        RabbitMqPublisher publisher = (RabbitMqPublisher) Roles.storey(source("")).toStep(StepRequest.fromSpec());
        Recorder recorder = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(recorder);
        Await.until(WAIT, () -> "10 events, got " + recorder.events.size(), () -> recorder.events.size() == 10);
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L), recorder.ids());
        Event third = recorder.events.get(2);
        assertEquals(Map.of("id", 2L, "amount", 2.5, "ts", "2024-01-01T00:00:02Z"), third.body());
        assertEquals(Instant.parse("2024-01-01T00:00:02Z"), third.time());
        Await.until(WAIT, () -> "all acknowledged", () -> publisher.acknowledged() == 10);
        recorder.subscription.cancel();
        assertEquals(0, ready(queue), "every message was acknowledged");
    }

    @Test
    void theBrokerDeliversOnlyWhatWasRequested() throws Exception {
        publishOrders(10);
        Recorder recorder = new Recorder(3);
        Roles.storey(source("")).toStep(StepRequest.fromSpec()).subscribe(recorder);
        Await.until(WAIT, () -> "3 events", () -> recorder.events.size() == 3);
        Await.until(WAIT, () -> "the rest waits in the queue (at most one message held beyond the demand)", () -> {
            try {
                return ready(queue) >= 6;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(3, recorder.events.size());
        recorder.subscription.request(2);
        Await.until(WAIT, () -> "5 events", () -> recorder.events.size() == 5);
        recorder.subscription.cancel();
        Await.until(WAIT, () -> "the 5 not taken are back in the queue", () -> {
            try {
                return ready(queue) == 5;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(0L, 1L, 2L, 3L, 4L), recorder.ids());
    }

    @Test
    void aRunThatFailsMidwayLosesNothing() throws Exception {
        publishOrders(10);
        Recorder failing = new Recorder(10, event -> event.key().equals(4L));
        Roles.storey(source("")).toStep(StepRequest.fromSpec()).subscribe(failing);
        Throwable failure = Await.result(failing.error, WAIT);
        assertTrue(failure.getMessage().contains("the downstream failed"), failure.getMessage());
        assertEquals(List.of(0L, 1L, 2L, 3L), failing.ids());

        Recorder rerun = new Recorder(Long.MAX_VALUE);
        Roles.storey(source("")).toStep(StepRequest.fromSpec()).subscribe(rerun);
        Await.until(WAIT, () -> "the rerun gets the 6 not taken, got " + rerun.ids(), () -> rerun.events.size() == 6);
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L, 9L), rerun.ids().stream().sorted().toList(),
                "acknowledged messages are gone, the others came back (at least once)");
        rerun.subscription.cancel();
    }

    @Test
    void aMalformedMessageGoesToTheDeadLetterQueueAndIsCounted() throws Exception {
        String deadLetters = queue + "-dead";
        publish("{\"id\": 1}", "not json at all", "[1, 2]", "{\"id\": 2}");
        RabbitMqPublisher publisher = (RabbitMqPublisher) Roles.storey(source(", \"dead_letter_queue\": \"" + deadLetters + "\""))
                .toStep(StepRequest.fromSpec());
        Recorder recorder = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(recorder);
        Await.until(WAIT, () -> "2 events", () -> recorder.events.size() == 2);
        assertEquals(List.of(1L, 2L), recorder.ids());
        assertEquals(2, publisher.malformed());
        assertEquals(2, publisher.deadLettered());
        recorder.subscription.cancel();

        GetResponse first = channel.basicGet(deadLetters, true);
        assertEquals("not json at all", new String(first.getBody(), StandardCharsets.UTF_8));
        AMQP.BasicProperties properties = first.getProps();
        assertTrue(properties.getHeaders().get("x-driverkit-error").toString().startsWith("not JSON"),
                properties.getHeaders().toString());
        assertEquals("[1, 2]", new String(channel.basicGet(deadLetters, true).getBody(), StandardCharsets.UTF_8));
        assertEquals(0, ready(queue));
    }

    @Test
    void withoutADeadLetterQueueAMalformedMessageFailsTheRunAndStaysQueued() throws Exception {
        publish("{\"id\": 1}", "{broken");
        RabbitMqPublisher publisher = (RabbitMqPublisher) Roles.storey(source("")).toStep(StepRequest.fromSpec());
        Recorder recorder = new Recorder(Long.MAX_VALUE);
        publisher.subscribe(recorder);
        Throwable failure = Await.result(recorder.error, WAIT);
        assertTrue(failure.getMessage().contains("message 2 on queue '" + queue + "' is malformed: not JSON"), failure.getMessage());
        assertTrue(failure.getMessage().contains("stays in the queue"), failure.getMessage());
        assertEquals(1, publisher.malformed());
        Await.until(WAIT, () -> "the malformed message is back", () -> {
            try {
                return ready(queue) == 1;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aWrongPasswordIsAClearErrorThatDoesNotShowIt() throws Exception {
        String wrong = "not-the-" + QpidBroker.PASSWORD;
        RabbitMqSource source = source("").withSecrets(MlrunSecrets.from(Map.of("MQ_RABBITMQ_USER", QpidBroker.USER,
                "MQ_RABBITMQ_PASSWORD", wrong)::get));
        Recorder recorder = new Recorder(1);
        Roles.storey(source).toStep(StepRequest.fromSpec()).subscribe(recorder);
        Throwable failure = Await.result(recorder.error, WAIT);
        assertTrue(failure.getMessage().contains("RabbitMQ at " + broker.url() + " refused the credentials of user '"
                + QpidBroker.USER + "'"), failure.getMessage());
        assertFalse(failure.getMessage().contains(wrong));
    }

    @Test
    void anUnreachableBrokerIsAClearErrorNamingHostAndPortWithinTheTimeout() throws Exception {
        int closed = QpidBroker.freePort();
        RabbitMqSource source = (RabbitMqSource) registry.readSource("{\"kind\": \"rabbitmq\", \"attributes\": {\"url\":"
                + " \"amqp://127.0.0.1:" + closed + "\", \"queue_name\": \"q\", \"timeout_millis\": 1000}}");
        Recorder recorder = new Recorder(1);
        long started = System.nanoTime();
        Roles.storey(source).toStep(StepRequest.fromSpec()).subscribe(recorder);
        Throwable failure = Await.result(recorder.error, Duration.ofSeconds(5));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).compareTo(Duration.ofSeconds(5)) < 0);
        assertTrue(failure.getMessage().contains("cannot reach RabbitMQ at amqp://127.0.0.1:" + closed), failure.getMessage());
    }
}
