package dev.driverkit.examples.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The http source: its Nuclio trigger, and its own endpoint on a free loopback port, reached through the roles. */
class HttpSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final DriverRegistry registry = DriverRegistry.load();
    private final List<AutoCloseable> servers = new ArrayList<>();

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
    }

    /** A subscriber the test drives: it requests what the test asks for. */
    private static final class Recorder implements Flow.Subscriber<Event> {
        final List<Event> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        volatile Flow.Subscription subscription;

        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription = s;
        }

        @Override
        public void onNext(Event event) {
            events.add(event);
        }

        @Override
        public void onError(Throwable failure) {
            done.completeExceptionally(failure);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    }

    private HttpEventPublisher serve(String attributes, Recorder recorder) {
        BaseSourceDriver source = registry.readSource("{\"kind\": \"http\", \"name\": \"ingest\", \"path\": \"/events\","
                + " \"attributes\": {\"host\": \"127.0.0.1\", \"port\": 0" + attributes + "}, \"key_field\": \"id\","
                + " \"time_field\": \"ts\", \"online\": true}");
        Flow.Publisher<Event> stream = Roles.storey(source).toStep(StepRequest.fromSpec());
        HttpEventPublisher endpoint = assertInstanceOf(HttpEventPublisher.class, stream);
        servers.add(endpoint);
        endpoint.subscribe(recorder);
        return endpoint;
    }

    private static HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void mlrunHttpSourceSpecsReadAndWriteBackEqual() throws Exception {
        String spec = "{\"kind\": \"http\", \"attributes\": {\"trigger_args\": {\"workers\": 2, \"port\": 30001}},"
                + " \"key_field\": \"id\", \"online\": true}";
        assertEquals(JSON.readTree(spec), JSON.readTree(registry.writeSpec(registry.readSource(spec))));
    }

    @Test
    void theNuclioTriggerIsTheDocumentedHttpTrigger() throws Exception {
        JsonNode fixture;
        try (InputStream in = HttpSourceTest.class.getResourceAsStream("nuclio-http-trigger.json")) {
            fixture = JSON.readTree(in);
        }
        NuclioFunction function = Roles.trigger(registry.readSource(fixture.get("spec").toString()))
                .addNuclioTrigger(new NuclioFunction("serving"));
        assertEquals(Set.of("http"), function.triggers().keySet());
        JsonNode trigger = JSON.readTree(JSON.writeValueAsString(function.triggers().get("http")));
        assertEquals(fixture.get("expected"), trigger);
        assertDocumented(trigger, fixture.get("documented_trigger_keys"));
        assertDocumented(trigger.get("attributes"), fixture.get("documented_attribute_keys"));
        assertDocumented(trigger.get("attributes").get("ingresses").get("0"), fixture.get("documented_ingress_keys"));

        NuclioFunction untouched = Roles.trigger(registry.readSource("{\"kind\": \"http\", \"online\": true}"))
                .addNuclioTrigger(new NuclioFunction("serving"));
        assertEquals(Map.of(), untouched.triggers(), "no trigger_args: the function is left as it is, as in MLRun");
    }

    private static void assertDocumented(JsonNode node, JsonNode documented) {
        Set<String> known = new HashSet<>();
        documented.forEach(key -> known.add(key.asText()));
        node.fieldNames().forEachRemaining(key -> assertTrue(known.contains(key), key + " is not in Nuclio's reference"));
    }

    @Test
    void postedJsonObjectsAreEventsAndAMalformedBodyGets400WhileTheStreamGoesOn() throws Exception {
        Recorder recorder = new Recorder();
        HttpEventPublisher endpoint = serve("", recorder);
        assertTrue(endpoint.uri().toString().matches("http://127\\.0\\.0\\.1:\\d+/events"), endpoint.uri().toString());
        recorder.subscription.request(10);
        HttpResponse<String> ok = post(endpoint.uri(), "{\"id\": 7, \"amount\": 2.5, \"ts\": \"2024-01-01T10:00:00\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        HttpResponse<String> malformed = post(endpoint.uri(), "{\"id\": 8, ");
        assertEquals(400, malformed.statusCode());
        assertTrue(malformed.body().startsWith("{\"error\": \"the body is not JSON: "), malformed.body());
        HttpResponse<String> array = post(endpoint.uri(), "[{\"id\": 9}]");
        assertEquals(400, array.statusCode());
        assertEquals("{\"error\": \"the body is not a JSON object (it starts with [); post one JSON object per event\"}",
                array.body());
        HttpResponse<String> badTime = post(endpoint.uri(), "{\"id\": 9, \"ts\": \"soon\"}");
        assertEquals(400, badTime.statusCode());
        assertEquals(200, post(endpoint.uri(), "{\"id\": 10}").statusCode(), "the stream went on");
        HttpResponse<String> get = CLIENT.send(HttpRequest.newBuilder(endpoint.uri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());

        assertEquals(2, recorder.events.size());
        Event first = recorder.events.get(0);
        assertEquals(Map.of("id", 7L, "amount", 2.5, "ts", "2024-01-01T10:00:00"), first.body());
        assertEquals(7L, first.key());
        assertEquals(Instant.parse("2024-01-01T10:00:00Z"), first.time());
        assertFalse(recorder.done.isDone());
        endpoint.close();
        recorder.done.get(10, TimeUnit.SECONDS);
    }

    @Test
    void withoutDemandARequestWaitsItsBoundThenGets503() throws Exception {
        Recorder recorder = new Recorder();
        HttpEventPublisher endpoint = serve(", \"max_wait_millis\": 300", recorder);
        recorder.subscription.request(1);
        assertEquals(200, post(endpoint.uri(), "{\"id\": 1}").statusCode());
        long started = System.nanoTime();
        HttpResponse<String> busy = post(endpoint.uri(), "{\"id\": 2}");
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertEquals(503, busy.statusCode());
        assertEquals("1", busy.headers().firstValue("Retry-After").orElse(null));
        assertTrue(waited >= 250 && waited < 10_000, "waited " + waited + " ms");
        assertEquals(1, recorder.events.size(), "the refused event was not taken");

        CompletableFuture<HttpResponse<String>> waiting = CLIENT.sendAsync(HttpRequest.newBuilder(endpoint.uri())
                .POST(HttpRequest.BodyPublishers.ofString("{\"id\": 3}")).build(), HttpResponse.BodyHandlers.ofString());
        recorder.subscription.request(1);
        assertEquals(200, waiting.get(30, TimeUnit.SECONDS).statusCode());
        assertEquals(List.of(1L, 3L), recorder.events.stream().map(e -> e.body().get("id")).toList());
    }

    @Test
    void cancelStopsTheServer() throws Exception {
        Recorder recorder = new Recorder();
        HttpEventPublisher endpoint = serve("", recorder);
        recorder.subscription.request(1);
        assertEquals(200, post(endpoint.uri(), "{\"id\": 1}").statusCode());
        recorder.subscription.cancel();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean refused = false;
        while (!refused && System.nanoTime() < deadline) {
            try {
                post(endpoint.uri(), "{\"id\": 2}");
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (IOException connectionRefused) {
                refused = true;
            }
        }
        assertTrue(refused, "the port was closed after cancel");
        assertFalse(recorder.done.isDone(), "no signal after cancel");
        Recorder second = new Recorder();
        endpoint.subscribe(second);
        assertThrows(java.util.concurrent.ExecutionException.class, () -> second.done.get(5, TimeUnit.SECONDS));
    }
}
