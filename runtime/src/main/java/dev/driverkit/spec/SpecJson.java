package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Spec JSON in MLRun's dictionary shape for one direction: the common fields at the top level, the
 * driver's {@code @Spec} fields (and the extra attributes it keeps) inside {@code "attributes"}.
 *
 * @param <B> the base driver class of the direction
 */
public final class SpecJson<B> {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final String KIND = "kind";
    private static final String ATTRIBUTES = "attributes";

    private final Map<String, CommonField<B, ?>> fields = new LinkedHashMap<>();
    private final Set<String> ignoredKeys;
    private final Function<B, Map<String, Object>> extraAttributes;

    /**
     * @param fields the common fields, in the order they are written after {@code kind}
     * @param ignoredKeys keys MLRun writes that driverkit derives rather than stores (accepted, not kept)
     * @param extraAttributes where a driver keeps attributes it does not model
     */
    public SpecJson(List<CommonField<B, ?>> fields, Set<String> ignoredKeys,
            Function<B, Map<String, Object>> extraAttributes) {
        for (CommonField<B, ?> field : fields) {
            this.fields.put(field.key(), field);
        }
        this.ignoredKeys = Set.copyOf(ignoredKeys);
        this.extraAttributes = extraAttributes;
    }

    /** The top-level keys of the common fields, in writing order (without {@code kind} and {@code attributes}). */
    public List<String> commonKeys() {
        return List.copyOf(fields.keySet());
    }

    /** The JSON shape of each common field, by key, in writing order. */
    public Map<String, CommonField.Shape> commonShapes() {
        Map<String, CommonField.Shape> shapes = new LinkedHashMap<>();
        fields.forEach((key, field) -> shapes.put(key, field.shape()));
        return shapes;
    }

    /** Reads the top-level {@code "kind"} of a spec without reading anything else. */
    public static String readKind(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            expectObjectStart(parser);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (KIND.equals(key)) {
                    String kind = JsonValues.readString(parser, "$.kind");
                    if (kind == null || kind.isEmpty()) {
                        throw new SpecException("$.kind", "the kind is empty: name the driver, e.g. \"kind\": \"csv\".");
                    }
                    return kind;
                }
                parser.skipChildren();
            }
            throw new SpecException(SpecPaths.ROOT, "the spec has no \"kind\": name the driver, e.g. \"kind\": \"csv\".");
        } catch (JsonProcessingException e) {
            throw malformed(e, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code json} into {@code driver}, which the codec made for the spec's kind. */
    public <D extends B> D read(String json, D driver, SpecCodec<D> codec, boolean lenient) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            expectObjectStart(parser);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                String path = SpecPaths.child(SpecPaths.ROOT, key);
                CommonField<B, ?> field = fields.get(key);
                if (field != null) {
                    field.read(driver, parser, path);
                } else if (ATTRIBUTES.equals(key)) {
                    readAttributes(parser, path, driver, codec, lenient);
                } else if (KIND.equals(key) || ignoredKeys.contains(key) || lenient) {
                    parser.skipChildren();
                } else {
                    List<String> known = new ArrayList<>(fields.keySet());
                    known.add(ATTRIBUTES);
                    throw new SpecException(path, "unknown key \"" + key + "\" (a driver's own settings go inside"
                            + " \"attributes\"; read leniently to ignore unknown keys).",
                            NearestName.among(key, known), null);
                }
            }
            if (parser.nextToken() != null) {
                throw new SpecException(SpecPaths.ROOT, "unexpected content after the spec object.");
            }
            return driver;
        } catch (JsonProcessingException e) {
            throw malformed(e, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <D extends B> void readAttributes(JsonParser parser, String path, D driver, SpecCodec<D> codec,
            boolean lenient) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw JsonValues.wrongType(parser, path, "an object");
        }
        Map<String, Object> extras = extraAttributes.apply(driver);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            String valuePath = SpecPaths.child(path, key);
            if (codec.readAttribute(driver, key, parser, valuePath)) {
                continue;
            }
            if (!lenient) {
                throw new SpecException(valuePath, "the " + codec.kind() + " driver has no attribute \"" + key
                        + "\"; its attributes are " + codec.attributeNames()
                        + " (read leniently to keep unknown attributes as they are).",
                        NearestName.among(key, codec.attributeNames()), null);
            }
            extras.put(key, JsonValues.readAny(parser, valuePath));
        }
    }

    /** Writes {@code driver} as spec JSON: kind first, then the common fields, then attributes. */
    public <D extends B> String write(D driver, SpecCodec<D> codec) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeStringField(KIND, codec.kind());
            for (CommonField<B, ?> field : fields.values()) {
                field.write(driver, generator);
                if (field.key().equals("path")) {
                    writeAttributes(driver, codec, generator);
                }
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private <D extends B> void writeAttributes(D driver, SpecCodec<D> codec, JsonGenerator generator)
            throws IOException {
        AttributesGenerator attributes = new AttributesGenerator(generator);
        codec.writeAttributes(driver, attributes);
        for (Map.Entry<String, Object> extra : extraAttributes.apply(driver).entrySet()) {
            attributes.writeFieldName(extra.getKey());
            JsonValues.writeAny(attributes, extra.getValue());
        }
        attributes.close();
    }

    /**
     * Opens {@code "attributes": {} } only when the first attribute is written, so a driver with no
     * attribute values leaves the key out (MLRun omits {@code {}}) without buffering anything.
     */
    private static final class AttributesGenerator extends JsonGeneratorDelegate {
        private boolean open;

        AttributesGenerator(JsonGenerator target) {
            super(target, false);
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            if (!open) {
                delegate.writeFieldName(ATTRIBUTES);
                delegate.writeStartObject();
                open = true;
            }
            delegate.writeFieldName(name);
        }

        @Override
        public void writeFieldName(SerializableString name) throws IOException {
            writeFieldName(name.getValue());
        }

        @Override
        public void close() throws IOException {
            if (open) {
                delegate.writeEndObject();
            }
        }
    }

    private static void expectObjectStart(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw first == null
                    ? new SpecException(SpecPaths.ROOT, "the spec is empty: expected a JSON object.")
                    : JsonValues.wrongType(parser, SpecPaths.ROOT, "a JSON object");
        }
    }

    private static SpecException malformed(JsonProcessingException e, String json) {
        var location = e.getLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        String path = SpecPaths.ROOT;
        if (e.getProcessor() instanceof JsonParser parser) {
            path = pathOf(parser, location, json);
        }
        return new SpecException(path, "malformed JSON" + where + ": " + e.getOriginalMessage(), null, e);
    }

    /**
     * The path of the spot where {@code parser} failed. Inside a value it is the value's path
     * ({@code $.attributes.x}); between the entries of an object (after a value, where a comma, the next
     * key or the closing brace belongs) it is the object's own path: Jackson's context still holds the
     * object's last key there, which is not where the fault is.
     */
    private static String pathOf(JsonParser parser, JsonLocation error, String json) {
        JsonStreamContext innermost = parser.getParsingContext();
        boolean betweenEntries = innermost != null && innermost.inObject() && afterValue(parser, error, json);
        List<String> parts = new ArrayList<>();
        for (var context = innermost; context != null && !context.inRoot(); context = context.getParent()) {
            if (context.inArray()) {
                parts.add(0, "[" + Math.max(0, context.getCurrentIndex()) + "]");
            } else if (context.getCurrentName() != null && !(context == innermost && betweenEntries)) {
                parts.add(0, SpecPaths.child("", context.getCurrentName()));
            }
        }
        return SpecPaths.ROOT + String.join("", parts);
    }

    /**
     * Whether the parser had read a whole value when it failed. After a key ({@code FIELD_NAME}) the
     * fault is in the key's value. A string value is read lazily, so a string token may have failed
     * itself (no closing quote, a bad escape): it is whole only if it closes before the fault.
     */
    private static boolean afterValue(JsonParser parser, JsonLocation error, String json) {
        JsonToken token = parser.currentToken();
        if (token == null || token == JsonToken.FIELD_NAME) {
            return false;
        }
        if (token != JsonToken.VALUE_STRING) {
            return true;
        }
        long start = parser.currentTokenLocation().getCharOffset();
        long fault = error == null ? -1 : error.getCharOffset();
        if (start < 0 || fault < 0 || start >= json.length() || json.charAt((int) start) != '"') {
            return false;
        }
        for (int i = (int) start + 1; i < json.length() && i < fault; i++) {
            char c = json.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return true;
            }
        }
        return false;
    }
}
