package dev.driverkit.examples.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.engine.NuclioFunction;
import dev.driverkit.engine.Roles;
import dev.driverkit.DriverFlag;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The kafka drivers' specs as MLRun writes them, their secrets, and the Nuclio trigger of the source. */
class KafkaSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverRegistry registry = DriverRegistry.load();

    /** MLRun's KafkaSource(...).to_dict() and KafkaTarget(...).to_dict(), as MLRun 1.7 writes them. */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\": \"kafka\", \"attributes\": {\"brokers\": [\"localhost:9092\"], \"topics\": [\"purchases\"],"
                + " \"group\": \"serving\", \"initial_offset\": \"earliest\"}, \"online\": true}",
        "{\"kind\": \"kafka\", \"name\": \"clicks\", \"attributes\": {\"brokers\": [\"k1:9092\", \"k2:9092\"],"
                + " \"topics\": [\"clicks\", \"views\"], \"group\": \"fs-clicks\", \"initial_offset\": \"latest\","
                + " \"partitions\": [0, 2], \"max_workers\": 4, \"sasl\": {\"enabled\": true, \"user\": \"svc\","
                + " \"mechanism\": \"PLAIN\"}}, \"key_field\": \"user_id\", \"time_field\": \"ts\", \"online\": true,"
                + " \"workers\": 2}",
        "{\"kind\": \"kafka\", \"attributes\": {\"brokers\": \"localhost:9092\", \"topics\": \"purchases\","
                + " \"group\": \"serving\", \"initial_offset\": \"earliest\", \"on_malformed\": \"dead_letter\","
                + " \"dead_letter_topic\": \"purchases-dlq\"}, \"online\": true}"})
    void mlrunKafkaSourceSpecsReadAndWriteBackEqual(String spec) throws Exception {
        BaseSourceDriver source = registry.readSource(spec);
        assertEquals("kafka", source.kind());
        assertTrue(source.isOnline());
        assertEquals(JSON.readTree(spec), JSON.readTree(registry.writeSpec(source)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"name\": \"kafka\", \"kind\": \"kafka\", \"path\": \"purchases\", \"attributes\": {\"brokers\": \"localhost:9092\"}}",
        "{\"name\": \"out\", \"kind\": \"kafka\", \"path\": \"kafka://k1:9092/purchases\", \"attributes\":"
                + " {\"brokers\": [\"k2:9092\"], \"producer_options\": {\"linger.ms\": 5, \"compression.type\": \"lz4\"}}}"})
    void mlrunKafkaTargetSpecsReadAndWriteBackEqual(String spec) throws Exception {
        BaseStoreTarget target = registry.readTarget(spec);
        assertEquals("kafka", target.kind());
        assertEquals(JSON.readTree(spec), JSON.readTree(registry.writeSpec(target)));
    }

    @Test
    void theTargetIsAnAppendOnlyStreamAndReadsMlrunsFormerBrokersKey() throws Exception {
        var info = registry.target("kafka");
        assertEquals(Set.of(DriverFlag.APPEND), info.flags());
        BaseStoreTarget target = registry.readTarget("{\"kind\": \"kafka\", \"path\": \"t\", \"attributes\":"
                + " {\"bootstrap_servers\": \"localhost:9092\"}}");
        assertEquals("{\"kind\":\"kafka\",\"path\":\"t\",\"attributes\":{\"brokers\":\"localhost:9092\"}}",
                JSON.readTree(registry.writeSpec(target)).toString());
        KafkaTarget kafka = (KafkaTarget) registry.readTarget("{\"kind\": \"kafka\", \"path\": \"kafka://k1:9092/orders\","
                + " \"attributes\": {\"brokers\": \"k2:9092,k3:9092\"}}");
        assertEquals("orders", kafka.topic());
        assertEquals("k1:9092,k2:9092,k3:9092", kafka.client().get("bootstrap.servers"));
        kafka.setPath("kafka://k1:9092?topic=a%2Fb");
        assertEquals("a/b", kafka.topic());
    }

    @Test
    void saslPasswordsAreReadButNeverWrittenNorShownInErrors() throws Exception {
        String secret = "sup3r-s3cret-" + System.nanoTime();
        String spec = "{\"kind\": \"kafka\", \"attributes\": {\"brokers\": [\"b:9092\"], \"topics\": [\"t\"], \"group\":"
                + " \"serving\", \"initial_offset\": \"earliest\", \"sasl\": {\"enabled\": true, \"user\": \"svc\","
                + " \"password\": \"" + secret + "\", \"oauth\": {\"clientID\": \"c\", \"clientSecret\": \"" + secret + "\"}}},"
                + " \"online\": true}";
        BaseSourceDriver source = registry.readSource(spec);
        String written = registry.writeSpec(source);
        assertFalse(written.contains(secret), written);
        JsonNode expected = JSON.readTree(spec);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("attributes").path("sasl")).remove("password");
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected.path("attributes").path("sasl").path("oauth"))
                .remove("clientSecret");
        assertEquals(expected, JSON.readTree(written), "everything else is written back");
        // The driver still has it: the trigger and the consumer authenticate with it.
        Map<String, Object> trigger = Roles.trigger(source).addNuclioTrigger(new NuclioFunction("f")).triggers().get("kafka");
        assertEquals(secret, ((Map<?, ?>) ((Map<?, ?>) trigger.get("attributes")).get("sasl")).get("password"));
        assertFalse(((KafkaSource) source).credentials(key -> null).toString().contains(secret));

        String targetSpec = "{\"kind\": \"kafka\", \"path\": \"t\", \"attributes\": {\"brokers\": \"b:9092\","
                + " \"producer_options\": {\"linger.ms\": 5, \"sasl.jaas.config\": \"x password='" + secret + "';\"},"
                + " \"sasl\": {\"enabled\": true, \"user\": \"svc\", \"password\": \"" + secret + "\"}}}";
        String targetWritten = registry.writeSpec(registry.readTarget(targetSpec));
        assertFalse(targetWritten.contains(secret), targetWritten);
        assertTrue(targetWritten.contains("linger.ms"), targetWritten);

        SpecException wrongType = assertThrows(SpecException.class, () -> registry.readSource(
                "{\"kind\": \"kafka\", \"attributes\": {\"sasl\": \"svc:" + secret + "\"}}"));
        assertFalse(wrongType.getMessage().contains(secret), wrongType.getMessage());
        assertTrue(wrongType.getMessage().startsWith("Bad spec at $.attributes.sasl: expected an object"), wrongType.getMessage());
        String schema = registry.schema(registry.source("kafka")).orElseThrow();
        assertTrue(schema.contains("Secret entries, read and never written: password, oauth.clientSecret."), schema);
    }

    @Test
    void credentialsComeFromTheEnvironmentAsMlrunReadsSecrets() {
        Map<String, String> environment = Map.of("KAFKA_SASL_PASSWORD", "plain-env", "PROJ_KAFKA_SASL_PASSWORD", "prefixed",
                "MLRUN_K8S_SECRET__OTHER_KAFKA_SASL_PASSWORD", "mounted", "KAFKA_SASL_USER", "env-user");
        Map<String, Object> sasl = Map.of("enabled", true, "user", "svc");
        assertEquals("plain-env", KafkaCredentials.of(sasl, null, environment::get).password());
        assertEquals("prefixed", KafkaCredentials.of(sasl, "PROJ", environment::get).password());
        assertEquals("mounted", KafkaCredentials.of(sasl, "OTHER", environment::get).password());
        assertNull(KafkaCredentials.of(sasl, "NONE", environment::get).password());
        assertEquals("from-spec", KafkaCredentials.of(Map.of("enabled", true, "user", "svc", "password", "from-spec"),
                null, environment::get).password(), "the spec's value wins");
        assertEquals("env-user", KafkaCredentials.of(Map.of("enable", true), null, environment::get).user());
        assertFalse(KafkaCredentials.of(null, null, environment::get).enabled(), "no sasl, no SASL");
        KafkaDriverException missing = assertThrows(KafkaDriverException.class,
                () -> KafkaCredentials.of(sasl, "NONE", environment::get).clientSettings("kafka source 's'"));
        assertEquals("kafka source 's': SASL is enabled but no password is set: put it in the spec's sasl (\"password\")"
                + " or in the environment variable KAFKA_SASL_PASSWORD (with the spec's credentials_prefix and '_' before"
                + " it, if it has one)", missing.getMessage());
        Map<String, Object> client = KafkaCredentials.of(sasl, "PROJ", environment::get).clientSettings("s");
        assertEquals("org.apache.kafka.common.security.plain.PlainLoginModule required username=\"svc\""
                + " password=\"prefixed\";", client.get("sasl.jaas.config"));
        assertEquals("SASL_PLAINTEXT", client.get("security.protocol"));
    }

    /** The trigger matches Nuclio's documented kafka-cluster shape: the keys and values of the fixture. */
    @Test
    void theNuclioTriggerIsTheDocumentedKafkaClusterTrigger() throws Exception {
        JsonNode fixture;
        try (InputStream in = KafkaSpecTest.class.getResourceAsStream("nuclio-kafka-trigger.json")) {
            fixture = JSON.readTree(in);
        }
        BaseSourceDriver source = registry.lenient().readSource(fixture.get("spec").toString());
        NuclioFunction function = Roles.trigger(source).addNuclioTrigger(new NuclioFunction("serving"));
        assertEquals(Set.of("kafka"), function.triggers().keySet(), "one trigger, named kafka as MLRun names it");
        JsonNode trigger = JSON.readTree(JSON.writeValueAsString(function.triggers().get("kafka")));
        assertEquals(fixture.get("expected"), trigger);
        assertDocumented(trigger, "documented_trigger_keys", fixture);
        assertDocumented(trigger.get("attributes"), "documented_attribute_keys", fixture);
        assertDocumented(trigger.get("attributes").get("sasl"), "documented_sasl_keys", fixture);

        BaseSourceDriver partitioned = registry.readSource("{\"kind\": \"kafka\", \"attributes\": {\"brokers\": \"b:9092\","
                + " \"topics\": \"t\", \"partitions\": [1, 3], \"on_malformed\": \"dead_letter\", \"dead_letter_topic\":"
                + " \"dlq\", \"stop_at_end\": true}}");
        JsonNode attributes = JSON.valueToTree(Roles.trigger(partitioned).addNuclioTrigger(new NuclioFunction("f"))
                .triggers().get("kafka").get("attributes"));
        assertEquals("[1,3]", attributes.get("partitions").toString());
        assertEquals("[\"b:9092\"]", attributes.get("brokers").toString(), "a string becomes a one-item list, as in MLRun");
        assertDocumented(attributes, "documented_attribute_keys", fixture); // driverkit's own settings stay out
    }

    private static void assertDocumented(JsonNode node, String list, JsonNode fixture) {
        Set<String> documented = new HashSet<>();
        fixture.get(list).forEach(key -> documented.add(key.asText()));
        Set<String> keys = new HashSet<>();
        node.fieldNames().forEachRemaining(keys::add);
        keys.removeAll(documented);
        assertEquals(Set.of(), keys, "keys not in Nuclio's reference (" + list + ")");
    }
}
