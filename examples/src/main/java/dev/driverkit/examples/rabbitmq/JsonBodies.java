package dev.driverkit.examples.rabbitmq;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Message bodies as events: a UTF-8 JSON object, read with Jackson's streaming parser into maps, lists,
 * strings, Long (else BigInteger) and Double, booleans and nulls. Anything else (not JSON, not an object,
 * trailing content) is malformed.
 */
final class JsonBodies {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonBodies() {}

    /** Thrown for a body that is not one JSON object; the message says where and why. */
    static final class MalformedBodyException extends Exception {
        private static final long serialVersionUID = 1L;

        MalformedBodyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static Map<String, Object> parse(byte[] body) throws MalformedBodyException {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedBodyException("the body is not a JSON object", null);
            }
            Map<String, Object> object = readObject(parser);
            if (parser.nextToken() != null) {
                throw new MalformedBodyException("content after the JSON object", null);
            }
            return object;
        } catch (IOException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new MalformedBodyException("not JSON: " + message, e);
        }
    }

    private static Map<String, Object> readObject(JsonParser parser) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser));
        }
        return object;
    }

    private static Object readValue(JsonParser parser) throws IOException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return readObject(parser);
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(readValue(parser));
                }
                return list;
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue()
                        : (Object) parser.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return parser.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + parser.currentToken());
        }
    }
}
