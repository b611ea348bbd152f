package dev.driverkit.examples.rabbitmq;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import dev.driverkit.engine.Event;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The STOREY stream of a {@link RabbitMqSource}: each subscriber gets a connection and a consumer of its own
 * on the queue, without automatic acknowledgement.
 *
 * <p>Demand-driven: the channel's prefetch (basic.qos) follows the subscriber's outstanding demand, capped
 * at the spec's {@code prefetch_count}; when the demand runs out it drops to 1, so at most one message beyond
 * the demand waits, unacknowledged, in the client. A message is acknowledged only after {@code onNext} has
 * returned for it. Delivery is therefore at least once: whatever was delivered but not yet taken (a
 * cancelled subscription, a failed run, a lost connection) stays unacknowledged and the broker puts it back
 * in the queue for the next consumer.
 *
 * <p>A message whose body is not a JSON object is counted ({@link #malformed()}) and, with
 * {@code dead_letter_queue} set, published there (publisher-confirmed, with the reason in the
 * {@code x-driverkit-error} header) before it is acknowledged; without one, it fails the stream and stays in
 * the queue. It is never dropped. The stream does not complete on its own (a queue has no end): cancel the
 * subscription to stop it, which closes the connection.
 */
public final class RabbitMqPublisher implements Flow.Publisher<Event> {
    private static final System.Logger LOG = System.getLogger(RabbitMqPublisher.class.getName());

    private final String what;
    private final AmqpEndpoint endpoint;
    private final QueueSetup setup;
    private final int prefetchCap;
    private final String deadLetterQueue;
    private final String keyField;
    private final String timeField;
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong acknowledged = new AtomicLong();

    RabbitMqPublisher(String what, AmqpEndpoint endpoint, QueueSetup setup, int prefetchCap, String deadLetterQueue,
            String keyField, String timeField) {
        this.what = what;
        this.endpoint = endpoint;
        this.setup = setup;
        this.prefetchCap = prefetchCap;
        this.deadLetterQueue = deadLetterQueue;
        this.keyField = keyField;
        this.timeField = timeField;
    }

    /** Messages whose body was not a JSON object, over all subscriptions. */
    public long malformed() {
        return malformed.get();
    }

    /** Malformed messages moved to the dead-letter queue. */
    public long deadLettered() {
        return deadLettered.get();
    }

    /** Messages acknowledged after the subscriber took them. */
    public long acknowledged() {
        return acknowledged.get();
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        QueueSubscription subscription = new QueueSubscription(subscriber);
        subscriber.onSubscribe(subscription);
        subscription.start();
    }

    /** How the queue is declared and bound (Nuclio's trigger semantics). */
    interface QueueSetup {
        /** Declares what is needed on the channel; returns the queue to consume. */
        String declare(Channel channel) throws IOException;

        /** The queue for messages, before it is known (the configured name, or a description). */
        String describe();
    }

    private final class QueueSubscription implements Flow.Subscription {
        private final Flow.Subscriber<? super Event> subscriber;
        private final ConcurrentLinkedQueue<Delivered> buffered = new ConcurrentLinkedQueue<>();
        private final AtomicLong demand = new AtomicLong();
        private final AtomicInteger draining = new AtomicInteger();
        private volatile boolean cancelled;
        private volatile Throwable failure;
        private volatile boolean ready;
        private boolean terminated;
        private Connection connection;
        private Channel channel;
        private String queue;
        private int prefetch;
        private long delivered;

        QueueSubscription(Flow.Subscriber<? super Event> subscriber) {
            this.subscriber = subscriber;
        }

        void start() {
            if (cancelled) {
                return;
            }
            try {
                connection = endpoint.connect("driverkit-rabbitmq " + what);
                connection.addShutdownListener(this::lost);
                channel = connection.createChannel();
                queue = setup.declare(channel);
                if (deadLetterQueue != null) {
                    channel.queueDeclare(deadLetterQueue, true, false, false, null);
                    channel.confirmSelect();
                }
                prefetch = prefetchFor(demand.get());
                channel.basicQos(prefetch);
                channel.basicConsume(queue, false, "driverkit-" + what, new DefaultConsumer(channel) {
                    @Override
                    public void handleDelivery(String tag, Envelope envelope, AMQP.BasicProperties properties, byte[] body) {
                        buffered.add(new Delivered(envelope.getDeliveryTag(), properties, body));
                        drain();
                    }
                });
                ready = true;
            } catch (IOException | RuntimeException e) {
                failure = e instanceof IllegalStateException ? e : new IllegalStateException(what + ": cannot consume "
                        + setup.describe() + " at " + endpoint.broker() + ": " + rootMessage(e), e);
            }
            drain();
        }

        @Override
        public void request(long n) {
            if (n <= 0) {
                failure = new IllegalArgumentException("Reactive Streams rule 3.9: request(" + n + ") must be positive.");
            } else {
                demand.getAndAccumulate(n, (current, add) -> current + add < 0 ? Long.MAX_VALUE : current + add);
            }
            drain();
        }

        @Override
        public void cancel() {
            cancelled = true;
            drain();
        }

        private void lost(ShutdownSignalException signal) {
            if (!signal.isInitiatedByApplication() && failure == null) {
                failure = new IllegalStateException(what + ": lost the connection to " + endpoint.broker() + " after "
                        + delivered + " messages (" + signal.getMessage() + "); the messages not yet acknowledged"
                        + " return to the queue.", signal);
                drain();
            }
        }

        /** One thread at a time talks to the channel and the subscriber; the others leave their work to it. */
        private void drain() {
            if (draining.getAndIncrement() != 0) {
                return;
            }
            int missed = 1;
            do {
                try {
                    emit();
                } catch (IOException | RuntimeException e) {
                    if (failure == null) {
                        failure = new IllegalStateException(what + ": reading " + queueName() + " at " + endpoint.broker()
                                + " failed after " + delivered + " messages: " + rootMessage(e), e);
                    }
                    terminate();
                }
                missed = draining.addAndGet(-missed);
            } while (missed != 0);
        }

        private void emit() throws IOException {
            if (terminated) {
                return;
            }
            if (cancelled || failure != null) {
                terminate();
                return;
            }
            if (!ready) {
                return;
            }
            int wanted = prefetchFor(demand.get());
            if (wanted > prefetch) {
                channel.basicQos(wanted);
                prefetch = wanted;
            }
            Delivered message;
            while (!cancelled && failure == null && demand.get() > 0 && (message = buffered.poll()) != null) {
                Map<String, Object> body;
                try {
                    body = JsonBodies.parse(message.body());
                } catch (JsonBodies.MalformedBodyException e) {
                    malformed(message, e);
                    continue;
                }
                demand.decrementAndGet();
                delivered++;
                try {
                    subscriber.onNext(new Event(body, keyField == null ? null : body.get(keyField), time(body)));
                } catch (RuntimeException e) {
                    // Rule 2.13 broken: the subscriber did not take the message, so it goes back to the queue.
                    failure = e;
                    terminate();
                    return;
                }
                if (demand.get() == 0 && prefetch > 1) {
                    channel.basicQos(1); // before the ack, so the broker does not refill up to the old prefetch
                    prefetch = 1;
                }
                channel.basicAck(message.tag(), false);
                acknowledged.incrementAndGet();
            }
            if (cancelled || failure != null) {
                terminate();
            }
        }

        private void malformed(Delivered message, JsonBodies.MalformedBodyException problem) throws IOException {
            long count = malformed.incrementAndGet();
            String reason = "message " + (delivered + count) + " on " + queueName() + " is malformed: " + problem.getMessage();
            if (deadLetterQueue == null) {
                failure = new IllegalStateException(what + ": " + reason + ". It stays in the queue; set the spec's"
                        + " dead_letter_queue to move such messages aside and go on.");
                terminate();
                return;
            }
            Map<String, Object> headers = new HashMap<>();
            if (message.properties().getHeaders() != null) {
                headers.putAll(message.properties().getHeaders());
            }
            headers.put("x-driverkit-error", problem.getMessage());
            headers.put("x-driverkit-queue", queueName());
            channel.basicPublish("", deadLetterQueue, message.properties().builder().headers(headers).build(), message.body());
            try {
                channel.waitForConfirmsOrDie(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the broker confirmed the dead letter", e);
            } catch (TimeoutException e) {
                throw new IOException("the broker did not confirm the dead letter within 10 s", e);
            }
            channel.basicAck(message.tag(), false);
            deadLettered.incrementAndGet();
            LOG.log(Level.WARNING, "{0}: {1}; moved to {2} ({3} malformed so far)", what, reason, deadLetterQueue, count);
        }

        /** Closes the connection (unacknowledged messages return to the queue) and signals the end once. */
        private void terminate() {
            if (terminated) {
                return;
            }
            terminated = true;
            buffered.clear();
            if (connection != null) {
                try {
                    connection.close(2000);
                } catch (IOException | RuntimeException ignored) {
                    // closing a connection that is already gone
                }
            }
            Throwable error = failure;
            if (!cancelled && error != null) {
                subscriber.onError(error);
            }
        }

        private String queueName() {
            return queue != null ? "queue '" + queue + "'" : setup.describe();
        }

        private int prefetchFor(long outstanding) {
            return (int) Math.max(1, Math.min(outstanding, prefetchCap));
        }
    }

    private Instant time(Map<String, Object> body) {
        Object value = timeField == null ? null : body.get(timeField);
        if (value instanceof Number number) {
            BigDecimal seconds = new BigDecimal(number.toString());
            return Instant.ofEpochSecond(0, seconds.movePointRight(9).longValue()); // epoch seconds, as Python timestamps
        }
        if (value instanceof String text) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException offsetMissing) {
                try {
                    return LocalDateTime.parse(text.replace(' ', 'T')).toInstant(ZoneOffset.UTC); // naive times are UTC
                } catch (DateTimeParseException notATime) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failure ? String.valueOf(failure.getMessage()) : failure.getMessage() + " (" + root + ")";
    }

    private record Delivered(long tag, AMQP.BasicProperties properties, byte[] body) {}

    static List<String> nonEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> value != null && !value.isEmpty()).toList();
    }
}
