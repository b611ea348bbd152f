package dev.driverkit.examples.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.driverkit.engine.Event;
import dev.driverkit.spec.JsonValues;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The STOREY stream of the http source: an HTTP endpoint (the JDK's {@code com.sun.net.httpserver})
 * bound when {@code toStep} made it, serving from the first subscription, one subscriber only.
 *
 * <p>Each {@code POST} (or {@code PUT}) of a JSON object is one event, handed to {@code onNext} on the
 * request's thread, one at a time. Answers: 200 once the subscriber took the event; 400 with the reason
 * for a body that is not a JSON object (or whose time field is not a date-time), and the stream goes on;
 * 413 for a body over {@code max_body_bytes}; 405 for other methods. <b>Backpressure:</b> a request
 * waits up to {@code max_wait_millis} for demand, then gets 503 with {@code Retry-After: 1}; the event
 * was not taken. <b>Delivery:</b> a 200 means the subscriber has the event; a client that retries
 * whatever did not get a 200 gets at-least-once delivery.
 *
 * <p>{@link Flow.Subscription#cancel()} stops the server (no signal follows); {@link #close()} stops it
 * and completes the stream.
 */
public final class HttpEventPublisher implements Flow.Publisher<Event>, AutoCloseable {
    private static final JsonFactory JSON = new JsonFactory();

    private final String what;
    private final HttpServer server;
    private final ExecutorService workers;
    private final URI uri;
    private final String keyField;
    private final String timeField;
    private final Duration maxWait;
    private final int maxBodyBytes;
    private final Object lock = new Object();
    private Flow.Subscriber<? super Event> subscriber;
    private long demand;
    private boolean closed;

    HttpEventPublisher(String what, String host, int port, String path, int threads, String keyField, String timeField,
            Duration maxWait, int maxBodyBytes) {
        this.what = what;
        this.keyField = keyField;
        this.timeField = timeField;
        this.maxWait = maxWait;
        this.maxBodyBytes = maxBodyBytes;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        AtomicInteger count = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "driverkit-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(workers);
        server.createContext(path, this::handle);
        InetSocketAddress bound = server.getAddress();
        uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound.getPort() + path);
    }

    /** Where clients post events (with the port the system chose for port 0). */
    public URI uri() {
        return uri;
    }

    @Override
    public void subscribe(Flow.Subscriber<? super Event> newSubscriber) {
        Objects.requireNonNull(newSubscriber, "subscriber");
        synchronized (lock) {
            if (subscriber != null || closed) {
                newSubscriber.onSubscribe(new Flow.Subscription() {
                    @Override
                    public void request(long n) {}

                    @Override
                    public void cancel() {}
                });
                newSubscriber.onError(new IllegalStateException(what + " serves one subscriber" + (closed ? " and is closed"
                        : " and already has one")));
                return;
            }
            subscriber = newSubscriber;
        }
        newSubscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
                synchronized (lock) {
                    if (closed) {
                        return;
                    }
                    if (n <= 0) {
                        stop();
                        subscriber.onError(new IllegalArgumentException("Reactive Streams rule 3.9: request(" + n
                                + ") must be positive."));
                        return;
                    }
                    demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
                    lock.notifyAll();
                }
            }

            @Override
            public void cancel() {
                synchronized (lock) {
                    stop();
                }
            }
        });
        server.start();
    }

    /** Stops serving; a subscriber that did not cancel gets onComplete. */
    @Override
    public void close() {
        synchronized (lock) {
            boolean notify = !closed && subscriber != null;
            stop();
            if (notify) {
                subscriber.onComplete();
            }
        }
    }

    /** Under the lock: no more events; the server stops on a thread of its own (a handler may be calling). */
    private void stop() {
        if (closed) {
            return;
        }
        closed = true;
        lock.notifyAll();
        Thread stopper = new Thread(() -> {
            server.stop(0);
            workers.shutdown();
        }, "driverkit-http-stop");
        stopper.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("POST") && !method.equals("PUT")) {
                exchange.getResponseHeaders().set("Allow", "POST, PUT");
                answer(exchange, 405, "post a JSON object to " + uri);
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readNBytes(maxBodyBytes + 1);
            }
            if (body.length > maxBodyBytes) {
                answer(exchange, 413, "the body is over " + maxBodyBytes + " bytes (max_body_bytes)");
                return;
            }
            Event event;
            try {
                event = event(body);
            } catch (IllegalArgumentException malformed) {
                answer(exchange, 400, malformed.getMessage());
                return;
            }
            int status = offer(event);
            if (status == 503) {
                exchange.getResponseHeaders().set("Retry-After", "1");
                answer(exchange, 503, closed ? "the source is stopped" : "the stream took no event for "
                        + maxWait.toMillis() + " ms (no demand downstream); retry");
            } else {
                answer(exchange, status, null);
            }
        }
    }

    /** Waits up to max_wait for demand, then hands the event over; 200, or 503 when there is no demand or the source stopped. */
    private int offer(Event event) {
        synchronized (lock) {
            long deadline = System.nanoTime() + maxWait.toNanos();
            while (demand == 0 && !closed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return 503;
                }
                try {
                    lock.wait(Math.max(1, remaining / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 503;
                }
            }
            if (closed) {
                return 503;
            }
            demand--;
            try {
                subscriber.onNext(event);
            } catch (RuntimeException e) { // rule 2.13: the subscriber broke; the stream ends with its failure
                stop();
                subscriber.onError(e);
                return 500;
            }
            return 200;
        }
    }

    private Event event(byte[] body) {
        Map<String, Object> values;
        try (JsonParser parser = JSON.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the body is " + (first == null ? "empty" : "not a JSON object (it starts"
                        + " with " + parser.getText() + ")") + "; post one JSON object per event");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> read = (Map<String, Object>) JsonValues.readAny(parser);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("the body has more after its JSON object; post one JSON object per event");
            }
            values = read;
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        Object key = keyField == null ? null : values.get(keyField);
        Object time = timeField == null ? null : values.get(timeField);
        return new Event(values, key, time == null ? Instant.now() : instant(time));
    }

    /** ISO-8601 text (naive: UTC) or seconds since the epoch. */
    private Instant instant(Object value) {
        if (value instanceof Number number) {
            return Instant.ofEpochMilli(Math.round(number.doubleValue() * 1000));
        }
        String text = String.valueOf(value).strip().replace(' ', 'T');
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("the time field '" + timeField + "' is " + value
                            + ", not a date-time (ISO-8601 text or seconds since the epoch)");
                }
            }
        }
    }

    private static void answer(HttpExchange exchange, int status, String error) throws IOException {
        String json = error == null ? "{\"accepted\": true}" : "{\"error\": \"" + error.replace("\\", "\\\\")
                .replace("\"", "\\\"").replace("\n", " ") + "\"}";
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
