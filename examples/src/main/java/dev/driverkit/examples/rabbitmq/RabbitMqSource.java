package dev.driverkit.examples.rabbitmq;

import dev.driverkit.Engine;
import dev.driverkit.OnlineSource;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.secrets.MlrunSecrets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Flow;

/**
 * An online source that reads a RabbitMQ queue (AMQP 0-9-1). Its settings are those of Nuclio's
 * {@code rabbit-mq} trigger, which {@link #addNuclioTrigger} adds to a serving function; on STOREY,
 * {@link #toStep} consumes the queue with the RabbitMQ Java client ({@link RabbitMqPublisher}).
 *
 * <p>Queue: with {@code topics}, a topic exchange {@code exchange_name} is declared and the queue
 * ({@code queue_name}, else a server-named one that lives as long as the connection) is bound to each topic;
 * without, the queue {@code queue_name} is declared (created when missing) and read.
 *
 * <p>Delivery guarantee: at least once. A message is acknowledged only after the downstream took it
 * ({@code onNext} returned); messages delivered but not taken when a run fails, is cancelled or loses the
 * broker return to the queue. A body that is not a JSON object goes to {@code dead_letter_queue} when set
 * (counted, confirmed by the broker before the original is acknowledged), else fails the run and stays in
 * the queue: never dropped. Credentials: {@code RABBITMQ_USER} / {@code RABBITMQ_PASSWORD} under
 * {@code credentials_prefix} (the environment, as MLRun reads secrets), never in the url or the spec.
 */
@SourceDriver(kind = "rabbitmq", supports = {Engine.STOREY})
public class RabbitMqSource extends OnlineSource {
    private static final int DEFAULT_PREFETCH = 100;
    private static final int DEFAULT_TIMEOUT_MILLIS = 5000;

    /** The broker: {@code amqp://host:port/vhost} (no credentials). */
    @Spec String url;

    /** The exchange that contains the queue; declared (type topic) when {@code topics} are given. */
    @Spec String exchangeName;

    /** The queue to read (created when missing). */
    @Spec String queueName;

    /** Routing keys to bind the queue to on the exchange. */
    @Spec List<String> topics;

    /** The most messages held unacknowledged (the cap of the demand-driven prefetch; default 100). */
    @Spec Integer prefetchCount;

    /** Whether the exchange is declared durable (default false, as Nuclio's). */
    @Spec Boolean durableExchange;

    /** Whether the queue is declared durable (default false, as Nuclio's). */
    @Spec Boolean durableQueue;

    /** Nuclio's reconnect timeout ({@code 5m}); passed to the trigger. */
    @Spec String reconnectDuration;

    /** Nuclio's wait between reconnects ({@code 15s}); passed to the trigger. */
    @Spec String reconnectInterval;

    /** Where malformed (non-JSON) messages go; when not set, such a message fails the run and stays queued. */
    @Spec String deadLetterQueue;

    /** Connect and handshake timeout in milliseconds (default 5000). */
    @Spec Integer timeoutMillis;

    private MlrunSecrets secrets = MlrunSecrets.fromEnvironment();

    public RabbitMqSource() {}

    /** Reads RABBITMQ_USER / RABBITMQ_PASSWORD from {@code secrets} instead of the process environment. */
    public RabbitMqSource withSecrets(MlrunSecrets secrets) {
        this.secrets = Objects.requireNonNull(secrets, "secrets");
        return this;
    }

    /**
     * Adds Nuclio's {@code rabbit-mq} trigger, named after the source (else {@code rabbitmq}): {@code url},
     * {@code username} and {@code password} from the secrets (Nuclio's trigger fields; only when set), the
     * spec's {@code workers} as {@code maxWorkers}, and the settings that are set as the trigger's attributes
     * under Nuclio's names.
     */
    public NuclioFunction addNuclioTrigger(NuclioFunction function) {
        AmqpEndpoint endpoint = endpoint();
        Map<String, Object> attributes = new LinkedHashMap<>();
        putIfSet(attributes, "exchangeName", exchangeName);
        putIfSet(attributes, "queueName", queueName);
        if (!RabbitMqPublisher.nonEmpty(topics).isEmpty()) {
            attributes.put("topics", RabbitMqPublisher.nonEmpty(topics));
        }
        putIfSet(attributes, "reconnectDuration", reconnectDuration);
        putIfSet(attributes, "reconnectInterval", reconnectInterval);
        putIfSet(attributes, "prefetchCount", prefetchCount);
        putIfSet(attributes, "durableExchange", durableExchange);
        putIfSet(attributes, "durableQueue", durableQueue);
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("kind", "rabbit-mq");
        trigger.put("url", endpoint.url());
        if (!endpoint.user().isEmpty()) {
            trigger.put("username", endpoint.user());
        }
        if (!endpoint.password().isEmpty()) {
            trigger.put("password", endpoint.password());
        }
        if (getWorkers() != null) {
            trigger.put("maxWorkers", getWorkers());
        }
        trigger.put("attributes", attributes);
        return function.addTrigger(getName() == null || getName().isBlank() ? "rabbitmq" : getName(), trigger);
    }

    /** The queue's messages as events (key and time from the request's fields, else the spec's). */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        List<String> bindings = RabbitMqPublisher.nonEmpty(topics);
        if (bindings.isEmpty() && (queueName == null || queueName.isBlank())) {
            throw new IllegalArgumentException(describe() + ": give queue_name, or topics to bind a queue to on exchange_name.");
        }
        if (!bindings.isEmpty() && (exchangeName == null || exchangeName.isBlank())) {
            throw new IllegalArgumentException(describe() + ": topics need exchange_name, the exchange to bind them on.");
        }
        boolean durableX = Boolean.TRUE.equals(durableExchange);
        boolean durableQ = Boolean.TRUE.equals(durableQueue);
        String queue = queueName == null || queueName.isBlank() ? null : queueName;
        RabbitMqPublisher.QueueSetup setup = new RabbitMqPublisher.QueueSetup() {
            @Override
            public String declare(com.rabbitmq.client.Channel channel) throws java.io.IOException {
                String name = queue == null ? channel.queueDeclare().getQueue()
                        : channel.queueDeclare(queue, durableQ, false, false, null).getQueue();
                if (!bindings.isEmpty()) {
                    channel.exchangeDeclare(exchangeName, "topic", durableX);
                    for (String topic : bindings) {
                        channel.queueBind(name, exchangeName, topic);
                    }
                }
                return name;
            }

            @Override
            public String describe() {
                return queue != null ? "queue '" + queue + "'" : "a queue bound to " + bindings + " on '" + exchangeName + "'";
            }
        };
        return new RabbitMqPublisher(describe(), endpoint(), setup, prefetchCount == null ? DEFAULT_PREFETCH : prefetchCount,
                deadLetterQueue == null || deadLetterQueue.isBlank() ? null : deadLetterQueue,
                request.keyField() != null ? request.keyField() : getKeyField(),
                request.timeField() != null ? request.timeField() : getTimeField());
    }

    private AmqpEndpoint endpoint() {
        return AmqpEndpoint.of(describe(), url, getCredentialsPrefix(), secrets,
                timeoutMillis == null ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis);
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            map.put(key, value);
        }
    }

    private String describe() {
        return "rabbitmq source" + (getName() == null ? "" : " '" + getName() + "'");
    }
}
