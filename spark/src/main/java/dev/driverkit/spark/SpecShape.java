package dev.driverkit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.CommonField;
import dev.driverkit.spec.SourceSpecs;
import dev.driverkit.spec.SpecCodecs;
import dev.driverkit.spec.TargetSpecs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys of one driver's spec and the JSON Schema of each value: the common fields at the top level
 * and the driver's attributes, read from the JSON Schema the processor generated into its codec. A codec
 * without a schema (written by hand) gives the common fields' shapes and the attribute names alone.
 *
 * @param common the top-level fields (without {@code kind} and {@code attributes}), key to value schema
 * @param attributes the driver's own settings, key to value schema ({@code {}}: any JSON value)
 */
record SpecShape(Map<String, JsonNode> common, Map<String, JsonNode> attributes) {

    /** A key of the spec: where it goes and what its value must look like. */
    record Key(String name, boolean attribute, JsonNode schema) {}

    static SpecShape of(DriverRegistry registry, Direction direction, DriverInfo info) {
        Optional<String> schema = registry.schema(info);
        return schema.isPresent() ? fromSchema(JsonText.parse(schema.get(), "the JSON Schema of " + info.describe()))
                : fromCodec(registry, direction, info);
    }

    private static SpecShape fromSchema(JsonNode schema) {
        Map<String, JsonNode> common = new LinkedHashMap<>();
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(field -> {
            if (field.getKey().equals("attributes")) {
                field.getValue().path("properties").fields()
                        .forEachRemaining(attribute -> attributes.put(attribute.getKey(), attribute.getValue()));
            } else if (!field.getKey().equals("kind")) {
                common.put(field.getKey(), field.getValue());
            }
        });
        return new SpecShape(common, attributes);
    }

    private static SpecShape fromCodec(DriverRegistry registry, Direction direction, DriverInfo info) {
        Map<String, JsonNode> common = new LinkedHashMap<>();
        Map<String, CommonField.Shape> shapes = direction == Direction.SOURCE
                ? SourceSpecs.JSON.commonShapes() : TargetSpecs.JSON.commonShapes();
        shapes.forEach((key, shape) -> common.put(key, typeOnly(shape.jsonType())));
        Object driver = direction == Direction.SOURCE ? registry.newSource(info.kind()) : registry.newTarget(info.kind());
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (String name : SpecCodecs.forDriver(driver).attributeNames()) {
            attributes.put(name, JsonNodeFactory.instance.objectNode()); // type unknown: any JSON value
        }
        return new SpecShape(common, attributes);
    }

    private static JsonNode typeOnly(String type) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", type);
        return node;
    }

    /** The key an option names: exactly, else with case, {@code _} and {@code -} aside; empty when none. */
    Optional<Key> find(String option) {
        Optional<Key> exact = find(option, false);
        return exact.isPresent() ? exact : find(option, true);
    }

    private Optional<Key> find(String option, boolean normalized) {
        String wanted = normalized ? DriverkitOptions.normalize(option) : option;
        for (Map.Entry<String, JsonNode> field : common.entrySet()) {
            if ((normalized ? DriverkitOptions.normalize(field.getKey()) : field.getKey()).equals(wanted)) {
                return Optional.of(new Key(field.getKey(), false, field.getValue()));
            }
        }
        for (Map.Entry<String, JsonNode> field : attributes.entrySet()) {
            if ((normalized ? DriverkitOptions.normalize(field.getKey()) : field.getKey()).equals(wanted)) {
                return Optional.of(new Key(field.getKey(), true, field.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Every key, common fields first, for "did you mean" and messages. */
    List<String> keys() {
        List<String> keys = new ArrayList<>(common.keySet());
        keys.addAll(attributes.keySet());
        return keys;
    }
}
