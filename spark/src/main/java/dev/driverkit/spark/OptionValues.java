package dev.driverkit.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * An option's text as the JSON value its spec key's schema asks for: {@code "1000"} becomes the number
 * 1000 for an integer, {@code "a,b"} (or {@code ["a","b"]}) an array, {@code "true"} a boolean. Text that
 * does not fit stays text, so that the driver's codec reports the mismatch with what it expected.
 */
final class OptionValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OptionValues() {}

    static JsonNode typed(String option, String value, JsonNode schema) {
        Set<String> types = types(schema);
        if (types.isEmpty()) {
            JsonNode json = JsonText.tryParse(value); // any JSON value (an @Spec Object): JSON if it is, else text
            return json != null && !json.isMissingNode() ? json : NODES.textNode(value);
        }
        if (types.contains("string")) {
            return NODES.textNode(value);
        }
        String text = value.trim();
        if (types.contains("boolean") && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text.toLowerCase(Locale.ROOT)));
        }
        if (types.contains("integer") && text.matches("[+-]?\\d+")) {
            return NODES.numberNode(new BigInteger(text));
        }
        if (types.contains("number") && text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return NODES.numberNode(new BigDecimal(text));
        }
        if (types.contains("array")) {
            return text.startsWith("[") ? JsonText.parse(text, "Option '" + option + "'") : list(option, text, schema);
        }
        if (types.contains("object") && text.startsWith("{")) {
            return JsonText.parse(text, "Option '" + option + "'");
        }
        return NODES.textNode(value);
    }

    /** Comma-separated items, each typed by the array's {@code items} schema. */
    private static ArrayNode list(String option, String text, JsonNode schema) {
        ArrayNode array = NODES.arrayNode();
        if (text.isEmpty()) {
            return array;
        }
        for (String item : text.split(",")) {
            array.add(typed(option, item.trim(), schema.path("items")));
        }
        return array;
    }

    /** The JSON types a schema allows, {@code null} aside; empty for any value. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            types.add(type.asText());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        types.remove("null");
        return types;
    }
}
