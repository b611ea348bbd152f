package dev.driverkit.examples.http;

import dev.driverkit.Engine;
import dev.driverkit.OnlineSource;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.StepRequest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;

/**
 * HTTP requests as an online source, MLRun's {@code HttpSource} ({@code kind: "http"}).
 *
 * <ul>
 *   <li>{@link #addNuclioTrigger}: when the spec has {@code trigger_args}, Nuclio's {@code http} trigger
 *       built from them as MLRun's {@code with_http(**trigger_args)} builds it (workers, port, host and
 *       paths as an ingress, canary, secret, worker_timeout, gateway_timeout, trigger_name, annotations,
 *       extra_attributes); without them the function is left as it is, as in MLRun.</li>
 *   <li>STOREY, {@link #toStep}: an endpoint of its own at {@code http://host:port/path} (the spec's
 *       {@code path}, default {@code /}; {@code host} default 127.0.0.1; {@code port} default 8080, 0 for
 *       a free one): each posted JSON object is an event, its key from {@code key_field}, its time from
 *       {@code time_field} (else the arrival time). The returned publisher is an
 *       {@link HttpEventPublisher}: {@code uri()} tells the port, {@code close()} completes the stream.
 *       A malformed body gets 400 with the reason and the stream goes on. <b>Backpressure:</b> a request
 *       waits up to {@code max_wait_millis} (default 5000) for demand, then gets 503 with
 *       {@code Retry-After}. <b>Delivery:</b> a 200 means the subscriber took the event; a client that
 *       retries what got no 200 has at-least-once delivery, and nothing is buffered that a crash could
 *       lose.</li>
 * </ul>
 */
@SourceDriver(kind = "http", supports = Engine.STOREY)
public class HttpSource extends OnlineSource {
    /** The arguments of MLRun's function.with_http(...) for the Nuclio trigger. */
    @Spec Map<String, Object> triggerArgs;
    /** The address the STOREY endpoint listens on (default 127.0.0.1; 0.0.0.0 for every interface). */
    @Spec String host;
    /** The port of the STOREY endpoint (default 8080; 0 picks a free one). */
    @Spec Integer port;
    /** Milliseconds a request waits for demand before it gets 503 (default 5000). */
    @Spec Integer maxWaitMillis;
    /** The largest body accepted, in bytes (default 1 MiB). */
    @Spec Integer maxBodyBytes;

    public HttpSource() {}

    /** Adds the http trigger of trigger_args, as MLRun's HttpSource does; returns the function. */
    public NuclioFunction addNuclioTrigger(NuclioFunction function) {
        if (triggerArgs == null || triggerArgs.isEmpty()) {
            return function;
        }
        Map<String, Object> args = triggerArgs;
        Number workers = args.get("workers") == null ? (args.containsKey("workers") ? 0 : 8) : (Number) args.get("workers");
        Map<String, Object> annotations = new LinkedHashMap<>();
        if (args.get("annotations") instanceof Map<?, ?> given) {
            given.forEach((key, value) -> annotations.put(String.valueOf(key), String.valueOf(value)));
        }
        Number workerTimeout = (Number) args.get("worker_timeout");
        Number gatewayTimeout = (Number) args.get("gateway_timeout");
        if (workerTimeout != null && gatewayTimeout == null) {
            gatewayTimeout = workerTimeout.longValue() + 60;
        }
        if (gatewayTimeout != null) {
            if (workerTimeout != null && workerTimeout.longValue() >= gatewayTimeout.longValue()) {
                throw new IllegalArgumentException("http source '" + getName() + "': gateway timeout must be greater than"
                        + " the worker timeout");
            }
            for (String timeout : List.of("connect", "read", "send")) {
                annotations.put("nginx.ingress.kubernetes.io/proxy-" + timeout + "-timeout", String.valueOf(gatewayTimeout));
            }
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        Map<String, Object> ingresses = new LinkedHashMap<>();
        attributes.put("ingresses", ingresses);
        Object port = args.get("port");
        if (port != null && Long.parseLong(String.valueOf(port)) != 0) {
            attributes.put("port", Long.parseLong(String.valueOf(port)));
        }
        if (args.get("host") != null) {
            Map<String, Object> ingress = new LinkedHashMap<>();
            ingress.put("host", args.get("host"));
            ingress.put("paths", args.get("paths") == null ? List.of("/") : args.get("paths"));
            if (args.get("secret") != null) {
                ingress.put("secretName", args.get("secret"));
            }
            ingresses.put("0", ingress);
            if (args.get("canary") != null) {
                annotations.put("nginx.ingress.kubernetes.io/canary", "true");
                annotations.put("nginx.ingress.kubernetes.io/canary-weight", String.valueOf(args.get("canary")));
            }
        }
        if (args.get("extra_attributes") instanceof Map<?, ?> extra) {
            extra.forEach((key, value) -> attributes.put(String.valueOf(key), value));
        }
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("kind", "http");
        trigger.put("maxWorkers", workers.intValue());
        trigger.put("attributes", attributes);
        trigger.put("annotations", annotations);
        if (workerTimeout != null) {
            trigger.put("workerAvailabilityTimeoutMilliseconds", workerTimeout.longValue() * 1000);
        }
        String name = args.get("trigger_name") == null ? "http" : String.valueOf(args.get("trigger_name"));
        trigger.put("name", name);
        return function.addTrigger(name, trigger);
    }

    /** An endpoint whose posted JSON objects are the events (see the class description). */
    public Flow.Publisher<Event> toStep(StepRequest request) {
        String path = getPath() == null || getPath().isBlank() ? "/" : getPath().startsWith("/") ? getPath() : "/" + getPath();
        return new HttpEventPublisher("http source '" + (getName() == null ? path : getName()) + "'",
                host == null ? "127.0.0.1" : host, port == null ? 8080 : port, path,
                getWorkers() == null || getWorkers() < 1 ? 8 : getWorkers(),
                request.keyField() != null ? request.keyField() : getKeyField(),
                request.timeField() != null ? request.timeField() : getTimeField(),
                Duration.ofMillis(maxWaitMillis == null ? 5000 : maxWaitMillis),
                maxBodyBytes == null ? 1 << 20 : maxBodyBytes);
    }
}
