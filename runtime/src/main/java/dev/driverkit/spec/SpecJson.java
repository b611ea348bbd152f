package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.SegmentedStringWriter;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spec JSON in MLRun's dictionary shape for one direction: the common fields at the top level, the
 * driver's {@code @Spec} fields (and the extra attributes it keeps) inside {@code "attributes"}.
 *
 * @param <B> the base driver class of the direction
 */
public final class SpecJson<B> {
    private static final JsonFactory FACTORY = SpecLimits.factory();
    private static final String KIND = "kind";
    private static final String ATTRIBUTES = "attributes";
    private static final SerializableString KIND_KEY = new SerializedString(KIND);
    private static final SerializableString ATTRIBUTES_KEY = new SerializedString(ATTRIBUTES);

    private final CommonFields<B> fields;

    SpecJson(CommonFields<B> fields) {
        this.fields = fields;
    }

    /** The top-level keys of the common fields, in writing order (without {@code kind} and {@code attributes}). */
    public List<String> commonKeys() {
        List<String> keys = new ArrayList<>(fields.fields().size());
        for (CommonField field : fields.fields()) {
            keys.add(field.key());
        }
        return List.copyOf(keys);
    }

    /** The JSON shape of each common field, by key, in writing order. */
    public Map<String, CommonField.Shape> commonShapes() {
        Map<String, CommonField.Shape> shapes = new LinkedHashMap<>();
        for (CommonField field : fields.fields()) {
            shapes.put(field.key(), field.shape());
        }
        return shapes;
    }

    /** What a spec's kind stands for: the driver's codec, and a new driver it made. */
    public record Typed<B>(SpecCodec<B> codec, B driver) {}

    /** Finds the driver a spec's kind names (the registry does). */
    public interface KindResolver<B> {
        /** The codec and a new driver for {@code kind}; an unknown kind is a {@link SpecException} at {@code $.kind}. */
        Typed<B> resolve(String kind);
    }

    /** Reads the top-level {@code "kind"} of a spec without reading anything else. */
    public static String readKind(String json) {
        checkLength(json);
        // not try-with-resources: a fault needs the parser (a constraint's exception does not carry it)
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(json);
            expectObjectStart(parser);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                if (KIND.equals(key)) {
                    return kindAt(parser);
                }
                parser.skipChildren();
            }
            throw new SpecException(SpecPaths.ROOT, "the spec has no \"kind\": name the driver, e.g. \"kind\": \"csv\".");
        } catch (JsonProcessingException e) {
            throw malformed(e, json, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    private static String kindAt(JsonParser parser) throws IOException {
        String kind = JsonValues.readString(parser);
        if (kind == null || kind.isEmpty()) {
            throw new SpecException("$.kind", "the kind is empty: name the driver, e.g. \"kind\": \"csv\".");
        }
        return kind;
    }

    /**
     * Reads {@code json} into a new driver of the kind it names. MLRun writes {@code "kind"} first, so
     * the spec is parsed once: the kind picks the driver, then the same parser reads on. A spec with
     * the kind further down is parsed twice (the kind first, then everything).
     */
    public B read(String json, KindResolver<B> kinds, boolean lenient) {
        checkLength(json);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(json);
            expectObjectStart(parser);
            if (parser.nextToken() == JsonToken.FIELD_NAME && KIND.equals(parser.currentName())) {
                parser.nextToken();
                Typed<B> typed = kinds.resolve(kindAt(parser));
                return readFields(parser, typed.driver(), typed.codec(), lenient);
            }
        } catch (JsonProcessingException e) {
            throw malformed(e, json, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
        Typed<B> typed = kinds.resolve(readKind(json));
        return read(json, typed.driver(), typed.codec(), lenient);
    }

    /** Reads {@code json} into {@code driver}, which the codec made for the spec's kind. */
    public <D extends B> D read(String json, D driver, SpecCodec<D> codec, boolean lenient) {
        checkLength(json);
        JsonParser parser = null;
        try {
            parser = FACTORY.createParser(json);
            expectObjectStart(parser);
            return readFields(parser, driver, codec, lenient);
        } catch (JsonProcessingException e) {
            throw malformed(e, json, parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            close(parser);
        }
    }

    private static void close(JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads the top-level entries after the parser's current token, to the end of the spec. */
    private <D extends B> D readFields(JsonParser parser, D driver, SpecCodec<D> codec, boolean lenient)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (parser.currentToken() == JsonToken.VALUE_NULL && fields.has(key)) {
                continue; // null is "not set", as MLRun leaves None out: the driver's default stays
            }
            if (fields.read(driver, key, parser)) {
                continue;
            }
            if (ATTRIBUTES.equals(key)) {
                readAttributes(parser, driver, codec, lenient);
            } else if (KIND.equals(key)) {
                checkKind(parser, codec);
            } else if (lenient) {
                parser.skipChildren();
            } else {
                List<String> known = new ArrayList<>(commonKeys());
                known.add(ATTRIBUTES);
                throw new SpecException(SpecPaths.child(SpecPaths.ROOT, key), "unknown key \"" + Excerpt.of(key)
                        + "\" (a driver's own settings go inside \"attributes\"; read leniently to ignore unknown keys).",
                        NearestName.among(key, known), null);
            }
        }
        if (parser.nextToken() != null) {
            throw new SpecException(SpecPaths.ROOT, "unexpected content after the spec object.");
        }
        return driver;
    }

    private <D extends B> void readAttributes(JsonParser parser, D driver, SpecCodec<D> codec, boolean lenient)
            throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw JsonValues.wrongType(parser, "an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            if (codec.readAttribute(driver, key, parser)) {
                continue;
            }
            if (!lenient) {
                throw new SpecException(SpecPaths.of(parser), "the " + codec.kind() + " driver has no attribute \""
                        + Excerpt.of(key) + "\"; its attributes are " + codec.attributeNames()
                        + " (read leniently to keep unknown attributes as they are).",
                        NearestName.among(key, codec.attributeNames()), null);
            }
            fields.extraAttributes(driver).put(key, JsonValues.readAny(parser));
        }
    }

    /**
     * The kind met while reading the fields: the one that picked the driver (read again when it was not
     * first) or, for {@link #read(String, Object, SpecCodec, boolean)}, the driver's own. (A second
     * {@code "kind"} is a duplicate key, which the parser rejects.)
     */
    private static void checkKind(JsonParser parser, SpecCodec<?> codec) throws IOException {
        String kind = kindAt(parser);
        if (!kind.equals(codec.kind())) {
            throw new SpecException(SpecPaths.of(parser), "the spec's kind '" + Excerpt.of(kind) + "' is not the kind of"
                    + " the driver it is read into ('" + codec.kind() + "').");
        }
    }

    private static void checkLength(String json) {
        if (json.length() > SpecLimits.MAX_DOCUMENT_CHARS) {
            throw new SpecException(SpecPaths.ROOT, "the spec is " + json.length() + " characters long; the limit is "
                    + SpecLimits.MAX_DOCUMENT_CHARS + ".");
        }
    }

    /**
     * Writes {@code driver} as spec JSON: kind first, then the common fields, then attributes.
     *
     * @throws IllegalArgumentException when a value nests deeper than {@link SpecLimits#MAX_NESTING_DEPTH}
     *     (it could not be read back)
     */
    public <D extends B> String write(D driver, SpecCodec<D> codec) {
        // What ObjectMapper.writeValueAsString does: a writer of segments from Jackson's recycled
        // buffers, not a StringWriter (a synchronized StringBuffer that grows as it goes).
        BufferRecycler recycler = FACTORY._getBufferRecycler();
        try (SegmentedStringWriter out = new SegmentedStringWriter(recycler)) {
            try (JsonGenerator generator = FACTORY.createGenerator(out)) {
                generator.writeStartObject();
                generator.writeFieldName(KIND_KEY);
                generator.writeString(codec.kind());
                fields.writeBeforeAttributes(driver, generator);
                writeAttributes(driver, codec, generator);
                fields.writeAfterAttributes(driver, generator);
                generator.writeEndObject();
            }
            return out.getAndClear();
        } catch (StreamConstraintsException e) {
            throw new IllegalArgumentException("Cannot write the " + codec.kind() + " spec: " + e.getOriginalMessage()
                    + " (a spec nests at most " + SpecLimits.MAX_NESTING_DEPTH + " levels, or it could not be read back)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            recycler.releaseToPool();
        }
    }

    /** Writes {@code "attributes"}, unless the driver has none to write (MLRun omits {@code {}}). */
    private <D extends B> void writeAttributes(D driver, SpecCodec<D> codec, JsonGenerator generator)
            throws IOException {
        Map<String, Object> extras = fields.extraAttributes(driver);
        if (!codec.hasAttributes(driver) && extras.isEmpty()) {
            return;
        }
        generator.writeFieldName(ATTRIBUTES_KEY);
        generator.writeStartObject();
        codec.writeAttributes(driver, generator);
        for (Map.Entry<String, Object> extra : extras.entrySet()) {
            generator.writeFieldName(extra.getKey());
            JsonValues.writeAny(generator, extra.getValue());
        }
        generator.writeEndObject();
    }

    private static void expectObjectStart(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            throw first == null
                    ? new SpecException(SpecPaths.ROOT, "the spec is empty: expected a JSON object.")
                    : JsonValues.wrongType(parser, "a JSON object");
        }
    }

    /**
     * The error for JSON the parser rejected, at the spot it failed. A limit's exception
     * ({@code StreamConstraintsException}) carries neither the parser nor a location: both come from
     * {@code reading}, the parser that was reading.
     */
    private static SpecException malformed(JsonProcessingException e, String json, JsonParser reading) {
        JsonParser parser = e.getProcessor() instanceof JsonParser failed ? failed : reading;
        JsonLocation location = e.getLocation() != null || parser == null ? e.getLocation() : parser.currentTokenLocation();
        String where = location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        if (parser == null) {
            return new SpecException(SpecPaths.ROOT, "malformed JSON" + where + ": " + e.getOriginalMessage(), null, e);
        }
        String duplicate = parser.getParsingContext() == null ? null : parser.getParsingContext().getCurrentName();
        if (duplicate != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            // the key is the context's name already: Jackson checks it as it sets it
            return new SpecException(SpecPaths.of(parser.getParsingContext(), false), "the key \""
                    + Excerpt.of(duplicate) + "\" is in this object twice" + where + "; a key may appear once (readers"
                    + " disagree on which of two wins).", null, e);
        }
        return new SpecException(pathOf(parser, e.getLocation(), json), "malformed JSON" + where + ": "
                + e.getOriginalMessage(), null, e);
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
        return SpecPaths.of(innermost, betweenEntries);
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
