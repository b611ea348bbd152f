package dev.driverkit.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** JSON text in option values: Jackson's tree model, which Spark brings. */
final class JsonText {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonText() {}

    /** The tree of {@code text}; {@code what} names it in the error. */
    static JsonNode parse(String text, String what) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The tree of {@code text}, or null when it is not JSON. */
    static JsonNode tryParse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /** A JSON array of strings, as Spark encodes column lists in options. */
    static List<String> strings(String text, String what) {
        JsonNode node = parse(text, what);
        if (!node.isArray()) {
            throw new IllegalArgumentException(what + " must be a JSON array of strings, not " + text);
        }
        List<String> values = new ArrayList<>();
        node.forEach(item -> values.add(item.asText()));
        return List.copyOf(values);
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + node, e);
        }
    }
}
