package dev.driverkit.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(KafkaBroker.Extension.class)
class KafkaBrokerTest {
    @Test
    void producesReadsAndKeepsDataAcrossARestart(KafkaBroker broker) {
        String topic = broker.newTopic("smoke", 1);
        broker.produce(topic, List.of(Map.entry("k1", "v1"), Map.entry("k2", "v2")));
        assertEquals(2, broker.readAll(topic).size());
        long started = System.nanoTime();
        broker.restart();
        System.out.println("restart ms " + (System.nanoTime() - started) / 1_000_000);
        broker.produce(topic, List.of(Map.entry("k3", "v3")));
        assertEquals(List.of("v1", "v2", "v3"), broker.readAll(topic).stream().map(r -> KafkaBroker.text(r.value())).toList());
    }
}
