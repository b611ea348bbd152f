package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The generated reference of every example driver: its JSON Schema validates real specs as a tool
 * without Java would, and docs/drivers.md (made from the schemas and each new driver's defaults) is up
 * to date. Rerun with {@code -Ddriverkit.docs.update=true} to rewrite docs/drivers.md.
 */
class DriverReferenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final DriverRegistry registry = DriverRegistry.load();

    private List<DriverInfo> drivers() {
        List<DriverInfo> drivers = new ArrayList<>(registry.sources());
        drivers.addAll(registry.targets());
        // The examples' own drivers, not the test-only fixtures (alltypes, targets), which compile into test-classes.
        return drivers.stream().filter(info -> !isTestFixture(info.driverClassName())).toList();
    }

    private static boolean isTestFixture(String className) {
        URL classFile = DriverReferenceTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class");
        return classFile != null && classFile.toString().contains("/test-classes/");
    }

    private JsonSchema schema(DriverInfo info) throws Exception {
        return SCHEMAS.getSchema(registry.schema(info).orElseThrow(() -> new AssertionError("no schema for " + info)));
    }

    private String defaultSpec(DriverInfo info) {
        return info.direction() == Direction.SOURCE ? registry.writeSpec(registry.newSource(info.kind()))
                : registry.writeSpec(registry.newTarget(info.kind()));
    }

    @Test
    void everyDriversDefaultSpecAndMlrunVectorsValidateAgainstItsSchema() throws Exception {
        for (DriverInfo info : drivers()) {
            Set<ValidationMessage> errors = schema(info).validate(JSON.readTree(defaultSpec(info)));
            assertEquals(Set.of(), errors, info.kind() + " " + info.direction().noun());
        }
        JsonSchema parquetSource = schema(registry.source("parquet"));
        assertEquals(Set.of(), parquetSource.validate(JSON.readTree("{\"kind\": \"parquet\", \"name\": \"pq\","
                + " \"path\": \"s3://b/data/\", \"attributes\": {\"additional_filters\": [[\"x\", \"=\", 3]]},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\", \"start_time\": \"2024-01-01T00:00:00\"}")));
        JsonSchema parquetTarget = schema(registry.target("parquet"));
        assertEquals(Set.of(), parquetTarget.validate(JSON.readTree("{\"name\": \"parquet\", \"kind\": \"parquet\","
                + " \"partitioned\": true, \"max_events\": 10000, \"flush_after_seconds\": 900}")));
    }

    @Test
    void schemasRejectWhatTheRuntimeRejects() throws Exception {
        JsonSchema csv = schema(registry.source("csv"));
        assertFalse(csv.validate(JSON.readTree("{\"kind\": \"csv\", \"attributes\": {\"header\": \"yes\"}}")).isEmpty(),
                "wrong type");
        assertFalse(csv.validate(JSON.readTree("{\"kind\": \"csv\", \"attributes\": {\"heeder\": true}}")).isEmpty(),
                "unknown attribute");
        assertFalse(csv.validate(JSON.readTree("{\"kind\": \"csv\", \"key_feild\": \"id\"}")).isEmpty(),
                "unknown top-level key");
        assertFalse(csv.validate(JSON.readTree("{\"kind\": \"parquet\"}")).isEmpty(), "another kind");
        assertFalse(csv.validate(JSON.readTree("{\"kind\": \"csv\", \"start_time\": \"yesterday\"}")).isEmpty(),
                "not a date-time");
    }

    @Test
    void docsDriversMdIsTheGeneratedReference() throws Exception {
        String generated = reference();
        Path docs = Path.of(System.getProperty("driverkit.docs.dir", "../docs")).resolve("drivers.md");
        if (Boolean.getBoolean("driverkit.docs.update")) {
            Files.writeString(docs, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(docs), docs + " is missing: rerun with -Ddriverkit.docs.update=true");
        assertEquals(generated, Files.readString(docs, StandardCharsets.UTF_8), docs + " differs from the drivers'"
                + " generated reference: rerun the examples' tests with -Ddriverkit.docs.update=true and commit it");
    }

    /** The reference page: per driver its engines and flags, and a table of its settings. */
    private String reference() throws Exception {
        StringBuilder md = new StringBuilder("# Example drivers: reference\n\n")
                .append("Generated from each driver's JSON Schema (generated by driverkit-processor into its spec codec,\n")
                .append("`DriverRegistry.schema`) and the spec of a new driver (its defaults), by\n")
                .append("`examples/src/test/java/dev/driverkit/examples/DriverReferenceTest.java`; do not edit by hand.\n")
                .append("The common top-level fields (name, path, ...) are described in [reference.md](reference.md).\n");
        for (DriverInfo info : drivers()) {
            JsonNode schema = JSON.readTree(registry.schema(info).orElseThrow());
            JsonNode defaults = JSON.readTree(defaultSpec(info)).path("attributes");
            md.append("\n## ").append(info.kind()).append(" (").append(info.direction().noun()).append(")\n\n")
                    .append("`").append(info.driverClassName()).append("`: engines ")
                    .append(info.engines().stream().map(e -> "`" + e + "`").collect(Collectors.joining(", ")));
            if (!info.flags().isEmpty()) {
                md.append("; flags ").append(info.flags().stream().map(f -> "`" + f.key() + "`").collect(Collectors.joining(", ")));
            }
            md.append(".\n");
            if (schema.has("description")) {
                md.append('\n').append(schema.get("description").asText()).append('\n');
            }
            JsonNode attributes = schema.path("properties").path("attributes").path("properties");
            if (attributes.isEmpty()) {
                md.append("\nNo settings of its own.\n");
                continue;
            }
            md.append("\n| attribute | type | default | description |\n|---|---|---|---|\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = attributes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> attribute = it.next();
                JsonNode property = attribute.getValue();
                String description = property.path("description").asText("");
                if (property.path("deprecated").asBoolean(false)) {
                    description = "**deprecated** " + description;
                }
                md.append("| `").append(attribute.getKey()).append("` | ").append(type(property)).append(" | ")
                        .append(defaults.has(attribute.getKey()) ? "`" + defaults.get(attribute.getKey()) + "`" : "")
                        .append(" | ").append(description.replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }

    private static String type(JsonNode property) {
        if (property.has("enum")) {
            List<String> values = new ArrayList<>();
            property.get("enum").forEach(value -> values.add(value.isNull() ? "null" : value.asText()));
            return "one of " + String.join(", ", values);
        }
        JsonNode type = property.path("type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> {
                if (!t.asText().equals("null")) { // every setting but a primitive may be null: unset
                    types.add(t.asText());
                }
            });
        } else if (!type.isMissingNode()) {
            types.add(type.asText());
        } else {
            types.add("any");
        }
        String text = String.join(" or ", types);
        if (property.has("items")) {
            text += " of " + type(property.get("items"));
        }
        if (property.has("format")) {
            text += " (" + property.get("format").asText() + ")";
        }
        return text;
    }
}
