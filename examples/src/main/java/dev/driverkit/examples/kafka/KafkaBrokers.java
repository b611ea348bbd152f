package dev.driverkit.examples.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;

/** Broker lists as MLRun writes them (a string, comma-separated, or a list), and a bounded reachability check. */
final class KafkaBrokers {
    private KafkaBrokers() {}

    /** {@code "a:9092"}, {@code "a:9092,b:9092"} or {@code ["a:9092", "b:9092"]} as a list; empty for null. */
    static List<String> list(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                out.addAll(list(item));
            }
        } else if (value != null) {
            for (String part : String.valueOf(value).split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    /**
     * Fails within {@code timeout} with a message naming the brokers when none answers a metadata request
     * (the Kafka clients themselves retry forever), or when they refuse the credentials.
     */
    static void check(String what, Map<String, Object> clientSettings, Duration timeout) {
        Map<String, Object> settings = new java.util.HashMap<>(clientSettings);
        settings.keySet().removeIf(key -> !AdminClientConfig.configNames().contains(key));
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "driverkit-check");
        Object brokers = clientSettings.get(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG);
        try (Admin admin = Admin.create(settings)) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw unreachable(what, brokers, timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof AuthenticationException) {
                throw new KafkaDriverException(what + ": the Kafka brokers " + brokers + " refused the SASL credentials: "
                        + cause.getMessage(), null);
            }
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(what, brokers, timeout, cause);
            }
            throw new KafkaDriverException(what + ": cannot talk to the Kafka brokers " + brokers + ": " + cause, cause);
        } catch (KafkaException e) {
            throw new KafkaDriverException(what + ": cannot connect to the Kafka brokers " + brokers + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaDriverException(what + ": interrupted while checking the Kafka brokers " + brokers, e);
        }
    }

    private static KafkaDriverException unreachable(String what, Object brokers, Duration timeout, Throwable cause) {
        return new KafkaDriverException(what + ": cannot reach the Kafka brokers " + brokers + " within "
                + timeout.toSeconds() + " s (none answered a metadata request: is a broker listening there?)", cause);
    }
}
