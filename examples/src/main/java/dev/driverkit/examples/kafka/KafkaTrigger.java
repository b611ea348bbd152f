package dev.driverkit.examples.kafka;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Nuclio's {@code kafka-cluster} trigger of a kafka source, in the dictionary shape MLRun gives Nuclio:
 * nuclio-jupyter's {@code KafkaTrigger} (its defaults: maxWorkers 1, workerTerminationTimeout 10s,
 * sessionTimeout 10s, heartbeatInterval 3s, workerAllocationMode pool, fetchDefault 1 MiB) with the
 * source's attributes, as MLRun's {@code KafkaSource.add_nuclio_trigger} passes them, and the trigger's
 * {@code name}, which MLRun's {@code add_trigger} sets. Keys as in Nuclio's trigger reference.
 */
final class KafkaTrigger {
    private KafkaTrigger() {}

    static Map<String, Object> of(KafkaSource source, KafkaCredentials credentials) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("topics", KafkaBrokers.list(source.topics));
        attributes.put("brokers", KafkaBrokers.list(source.brokers));
        attributes.put("consumerGroup", source.group == null ? "serving" : source.group);
        attributes.put("initialOffset", (source.initialOffset == null ? KafkaSource.InitialOffset.earliest
                : source.initialOffset).name());
        attributes.put("sessionTimeout", "10s");
        attributes.put("heartbeatInterval", "3s");
        attributes.put("workerAllocationMode", "pool");
        attributes.put("fetchDefault", 1048576L);
        if (source.partitions != null && !source.partitions.isEmpty()) {
            attributes.put("partitions", List.copyOf(source.partitions));
        }
        if (source.sasl != null) {
            attributes.put("sasl", sasl(source.sasl, credentials));
        }
        // The other attributes (read leniently) go to the trigger as they are, as MLRun's extra_attributes do.
        source.getExtraAttributes().forEach((key, value) -> {
            if (value != null && !KafkaSource.CONSUMER_ONLY.contains(key)) {
                attributes.put(key, value);
            }
        });
        Map<String, Object> trigger = new LinkedHashMap<>();
        trigger.put("kind", "kafka-cluster");
        trigger.put("maxWorkers", source.maxWorkers == null ? 1 : source.maxWorkers);
        trigger.put("workerTerminationTimeout", "10s");
        trigger.put("attributes", attributes);
        trigger.put("name", "kafka");
        return trigger;
    }

    /** The spec's sasl with Nuclio's {@code enable} for MLRun's {@code enabled}, and the password, from the environment if need be. */
    private static Map<String, Object> sasl(Map<String, Object> sasl, KafkaCredentials credentials) {
        Map<String, Object> out = new LinkedHashMap<>();
        sasl.forEach((key, value) -> {
            if (value != null) {
                out.put(key.equals("enabled") ? "enable" : key, value);
            }
        });
        if (credentials.user() != null) {
            out.putIfAbsent("user", credentials.user());
        }
        if (credentials.password() != null) {
            out.put("password", credentials.password());
        }
        return out;
    }
}
