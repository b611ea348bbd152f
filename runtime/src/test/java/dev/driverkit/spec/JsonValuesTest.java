package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.driverkit.Engine;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonValuesTest {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String PATH = "$.attributes.x";

    /** Reads {@code json} as the value at {@link #PATH}: readers take their paths from the parser. */
    private static <T> T read(String json, JsonValues.Reader<T> reader) throws IOException {
        try (JsonParser parser = FACTORY.createParser("{\"attributes\": {\"x\": " + json + "}}")) {
            for (int i = 0; i < 5; i++) {
                parser.nextToken();
            }
            T value = reader.read(parser);
            assertEquals(JsonToken.END_OBJECT, parser.nextToken(), "the reader leaves the parser on the value's last token");
            return value;
        }
    }

    private static String error(String json, JsonValues.Reader<?> reader) {
        SpecException e = assertThrows(SpecException.class, () -> read(json, reader));
        assertEquals(PATH, e.path());
        return e.getMessage();
    }

    private static String write(JsonValues.Writer<Object> writer, Object value) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writer.write(generator, value);
        }
        return out.toString();
    }

    private static String prefix(String problem) {
        return "Bad spec at " + PATH + ": " + problem;
    }

    // ---- strings and booleans ----

    @Test
    void strings() throws IOException {
        assertEquals("a\"b", read("\"a\\\"b\"", JsonValues::readString));
        assertEquals("", read("\"\"", JsonValues::readString));
        assertNull(read("null", JsonValues::readString));
        assertEquals(prefix("expected a string, found the number 5."), error("5", JsonValues::readString));
        assertEquals(prefix("expected a string, found the number 5.25."), error("5.25", JsonValues::readString));
        assertEquals(prefix("expected a string, found the boolean false."), error("false", JsonValues::readString));
        assertEquals(prefix("expected a string, found an array."), error("[\"a\"]", JsonValues::readString));
        assertEquals(prefix("expected a string, found an object."), error("{}", JsonValues::readString));
    }

    @Test
    void booleans() throws IOException {
        assertEquals(true, read("true", JsonValues::readBoolean));
        assertEquals(false, read("false", JsonValues::readBoolean));
        assertEquals(prefix("expected true or false, found the string \"yes\"."), error("\"yes\"", JsonValues::readBoolean));
        assertEquals(prefix("expected true or false, found the number 1."), error("1", JsonValues::readBoolean));
        assertEquals(prefix("expected true or false, found null."), error("null", JsonValues::readBoolean));
        assertNull(read("null", JsonValues::readNullableBoolean));
        assertEquals(Boolean.TRUE, read("true", JsonValues::readNullableBoolean));
    }

    @Test
    void longStringsAreShortenedInMessages() {
        String text = "a".repeat(500);
        assertEquals(prefix("expected true or false, found the string \"" + "a".repeat(80) + "... (500 chars)\"."),
                error("\"" + text + "\"", JsonValues::readBoolean));
    }

    // ---- integers and their ranges ----

    @Test
    void longs() throws IOException {
        assertEquals(Long.MAX_VALUE, read("9223372036854775807", JsonValues::readLong));
        assertEquals(Long.MIN_VALUE, read("-9223372036854775808", JsonValues::readLong));
        assertEquals(prefix("expected an integer, found 9223372036854775808 (out of range)."),
                error("9223372036854775808", JsonValues::readLong));
        assertEquals(prefix("expected an integer, found the number 1.5."), error("1.5", JsonValues::readLong));
        assertEquals(prefix("expected an integer, found the number 1.0."), error("1.0", JsonValues::readLong));
        assertEquals(prefix("expected an integer, found the string \"1\"."), error("\"1\"", JsonValues::readLong));
        assertEquals(prefix("expected an integer, found null."), error("null", JsonValues::readLong));
        assertNull(read("null", JsonValues::readNullableLong));
        assertEquals(7L, read("7", JsonValues::readNullableLong));
    }

    @Test
    void intsAndOverflow() throws IOException {
        assertEquals(Integer.MAX_VALUE, read("2147483647", JsonValues::readInt));
        assertEquals(Integer.MIN_VALUE, read("-2147483648", JsonValues::readInt));
        assertEquals(prefix("expected a 32-bit integer, found 2147483648 (out of range)."),
                error("2147483648", JsonValues::readInt));
        assertEquals(prefix("expected a 32-bit integer, found -2147483649 (out of range)."),
                error("-2147483649", JsonValues::readInt));
        assertEquals(prefix("expected a 32-bit integer, found 99999999999999999999 (out of range)."),
                error("99999999999999999999", JsonValues::readInt));
        assertEquals(prefix("expected a 32-bit integer, found the number 3.5."), error("3.5", JsonValues::readInt));
        assertEquals(prefix("expected a 32-bit integer, found the boolean true."), error("true", JsonValues::readInt));
        assertNull(read("null", JsonValues::readNullableInt));
        assertEquals(prefix("expected a 32-bit integer, found 4294967296 (out of range)."),
                error("4294967296", JsonValues::readNullableInt));
    }

    @Test
    void shortsAndBytes() throws IOException {
        assertEquals((short) 32767, read("32767", JsonValues::readShort));
        assertEquals((short) -32768, read("-32768", JsonValues::readShort));
        assertEquals(prefix("expected a 16-bit integer, found 32768 (out of range)."), error("32768", JsonValues::readShort));
        assertNull(read("null", JsonValues::readNullableShort));

        assertEquals((byte) 127, read("127", JsonValues::readByte));
        assertEquals((byte) -128, read("-128", JsonValues::readByte));
        assertEquals(prefix("expected an 8-bit integer, found 128 (out of range)."), error("128", JsonValues::readByte));
        assertEquals(prefix("expected an 8-bit integer, found -129 (out of range)."), error("-129", JsonValues::readByte));
        assertEquals(prefix("expected an 8-bit integer, found 255 (out of range)."), error("255", JsonValues::readNullableByte));
        assertEquals(prefix("expected an 8-bit integer, found the string \"a\"."), error("\"a\"", JsonValues::readByte));
        assertNull(read("null", JsonValues::readNullableByte));
    }

    // ---- floating point and chars ----

    @Test
    void doublesAndFloats() throws IOException {
        assertEquals(1.5, read("1.5", JsonValues::readDouble));
        assertEquals(3.0, read("3", JsonValues::readDouble), "an integer is a number");
        assertEquals(1e300, read("1e300", JsonValues::readDouble));
        assertEquals(prefix("expected a number, found the string \"1.5\"."), error("\"1.5\"", JsonValues::readDouble));
        assertEquals(prefix("expected a number, found null."), error("null", JsonValues::readDouble));
        assertNull(read("null", JsonValues::readNullableDouble));
        assertEquals(0.25f, read("0.25", JsonValues::readFloat));
        assertEquals(prefix("expected a number, found the boolean true."), error("true", JsonValues::readFloat));
        assertNull(read("null", JsonValues::readNullableFloat));
    }

    @Test
    void chars() throws IOException {
        assertEquals('x', read("\"x\"", JsonValues::readChar));
        assertEquals(prefix("expected a one-character string, found the string \"xy\"."), error("\"xy\"", JsonValues::readChar));
        assertEquals(prefix("expected a one-character string, found the string \"\"."), error("\"\"", JsonValues::readChar));
        assertEquals(prefix("expected a one-character string, found the number 7."), error("7", JsonValues::readChar));
        assertNull(read("null", JsonValues::readNullableChar));
    }

    // ---- enums ----

    @Test
    void enums() throws IOException {
        assertSame(Engine.SPARK, read("\"SPARK\"", p -> JsonValues.readEnum(p, Engine.values())));
        assertNull(read("null", p -> JsonValues.readEnum(p, Engine.values())));

        SpecException typo = assertThrows(SpecException.class,
                () -> read("\"SPRAK\"", p -> JsonValues.readEnum(p, Engine.values())));
        assertEquals(prefix("'SPRAK' is not one of [STOREY, SPARK, PANDAS]. Did you mean 'SPARK'?"), typo.getMessage());
        assertEquals("SPARK", typo.suggestion());
        assertEquals(PATH, typo.path());

        SpecException lowerCase = assertThrows(SpecException.class,
                () -> read("\"pandas\"", p -> JsonValues.readEnum(p, Engine.values())));
        assertEquals("PANDAS", lowerCase.suggestion(), "names are exact; the case-insensitive match is the hint");

        SpecException far = assertThrows(SpecException.class,
                () -> read("\"flink\"", p -> JsonValues.readEnum(p, Engine.values())));
        assertEquals(prefix("'flink' is not one of [STOREY, SPARK, PANDAS]."), far.getMessage());
        assertNull(far.suggestion());

        assertEquals(prefix("expected a string, found the number 1."),
                error("1", p -> JsonValues.readEnum(p, Engine.values())));
    }

    // ---- java.time ----

    @Test
    void times() throws IOException {
        assertEquals(Instant.parse("2024-01-01T00:00:00Z"), read("\"2024-01-01T00:00:00Z\"", JsonValues::readInstant));
        assertEquals(LocalDate.of(2024, 2, 29), read("\"2024-02-29\"", JsonValues::readLocalDate));
        assertEquals(LocalTime.of(13, 45), read("\"13:45:00\"", JsonValues::readLocalTime));
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), read("\"2024-01-01T00:00:00\"", JsonValues::readLocalDateTime));
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 0),
                read("\"2016-05-24T22:00:00.000Z\"", JsonValues::readLocalDateTime));
        assertEquals(LocalDateTime.of(2016, 5, 24, 20, 0),
                read("\"2016-05-24T22:00:00+02:00\"", JsonValues::readLocalDateTime));
        assertEquals(OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(2)),
                read("\"2024-01-01T00:00:00+02:00\"", JsonValues::readOffsetDateTime));
        assertEquals(ZonedDateTime.parse("2024-01-01T00:00:00Z[UTC]"),
                read("\"2024-01-01T00:00:00Z[UTC]\"", JsonValues::readZonedDateTime));
        assertEquals(Duration.ofMinutes(15), read("\"PT15M\"", JsonValues::readDuration));
        assertNull(read("null", JsonValues::readInstant));

        assertEquals(prefix("expected an ISO-8601 instant such as 2024-01-01T00:00:00Z, found \"yesterday\"."),
                error("\"yesterday\"", JsonValues::readInstant));
        assertEquals(prefix("expected an ISO-8601 date such as 2024-01-01, found \"2024-02-30\"."),
                error("\"2024-02-30\"", JsonValues::readLocalDate));
        assertEquals(prefix("expected an ISO-8601 date-time such as 2024-01-01T00:00:00, found \"2024-01-01 00:00\"."),
                error("\"2024-01-01 00:00\"", JsonValues::readLocalDateTime));
        assertEquals(prefix("expected an ISO-8601 duration such as PT15M, found \"15m\"."),
                error("\"15m\"", JsonValues::readDuration));
        assertEquals(prefix("expected a string, found the number 1700000000."),
                error("1700000000", JsonValues::readInstant));
    }

    @Test
    void writesTimesAsIso8601() throws IOException {
        assertEquals("\"2024-01-01T00:00:01Z\"", write((g, v) -> JsonValues.writeTime(g, (Instant) v),
                Instant.parse("2024-01-01T00:00:01Z")));
        assertEquals("\"2024-01-01T10:30:15\"", write((g, v) -> JsonValues.writeTime(g, (LocalDateTime) v),
                LocalDateTime.of(2024, 1, 1, 10, 30, 15)));
        assertEquals("\"2024-02-29\"", write((g, v) -> JsonValues.writeTime(g, (LocalDate) v), LocalDate.of(2024, 2, 29)));
        assertEquals("\"PT15M\"", write((g, v) -> JsonValues.writeDuration(g, (Duration) v), Duration.ofMinutes(15)));
    }

    // ---- collections ----

    @Test
    void listsSetsAndMaps() throws IOException {
        assertEquals(List.of(1L, 2L), read("[1, 2]", p -> JsonValues.readList(p, JsonValues::readLong)));
        assertEquals(List.of(), read("[]", p -> JsonValues.readList(p, JsonValues::readLong)));
        assertNull(read("null", p -> JsonValues.readList(p, JsonValues::readLong)));
        assertEquals(Arrays.asList("a", null), read("[\"a\", null]",
                p -> JsonValues.readList(p, JsonValues::readString)));
        Set<String> set = read("[\"b\", \"a\", \"b\"]", p -> JsonValues.readSet(p, JsonValues::readString));
        assertEquals(List.of("b", "a"), List.copyOf(set), "a set keeps the JSON order");
        assertInstanceOf(LinkedHashSet.class, set);
        Map<String, Integer> map = read("{\"z\": 1, \"a\": 2}",
                p -> JsonValues.readMap(p, JsonValues::readInt));
        assertEquals(List.of("z", "a"), List.copyOf(map.keySet()));
        assertNull(read("null", p -> JsonValues.readMap(p, JsonValues::readInt)));

        assertEquals(prefix("expected an array, found an object."),
                error("{}", p -> JsonValues.readList(p, JsonValues::readLong)));
        assertEquals(prefix("expected an array, found the string \"a\"."),
                error("\"a\"", p -> JsonValues.readSet(p, JsonValues::readString)));
        assertEquals(prefix("expected an object, found an array."),
                error("[]", p -> JsonValues.readMap(p, JsonValues::readInt)));
    }

    @Test
    void elementErrorsNameTheElementPath() {
        SpecException list = assertThrows(SpecException.class,
                () -> read("[1, \"a\"]", p -> JsonValues.readList(p, JsonValues::readLong)));
        assertEquals(PATH + "[1]", list.path());
        assertEquals("Bad spec at $.attributes.x[1]: expected an integer, found the string \"a\".", list.getMessage());

        SpecException nested = assertThrows(SpecException.class, () -> read("[[1], [2, 300]]",
                p -> JsonValues.readList(p, p2 -> JsonValues.readList(p2, JsonValues::readByte))));
        assertEquals("$.attributes.x[1][1]", nested.path());

        SpecException map = assertThrows(SpecException.class,
                () -> read("{\"ok\": 1, \"a b\": true}", p -> JsonValues.readMap(p, JsonValues::readInt)));
        assertEquals("$.attributes.x['a b']", map.path());
        SpecException plainKey = assertThrows(SpecException.class,
                () -> read("{\"batch_size\": true}", p -> JsonValues.readMap(p, JsonValues::readInt)));
        assertEquals("$.attributes.x.batch_size", plainKey.path());
    }

    @Test
    void elementConstantsAndFactoriesReadAndWriteWhatTheScalarReadersDo() throws IOException {
        List<List<Byte>> nested = read("[[1], [2, null]]", p -> JsonValues.readList(p, JsonValues.listElement(JsonValues.BYTE)));
        assertEquals(List.of(List.of((byte) 1), Arrays.asList((byte) 2, null)), nested);
        assertEquals("[[1],[2,null]]", write((g, v) -> JsonValues.writeList(g, nested, JsonValues.listElement(JsonValues.BYTE)), null));

        Set<Engine> engines = read("[\"SPARK\", \"STOREY\"]", p -> JsonValues.readSet(p, JsonValues.enumElement(Engine.values())));
        assertEquals(List.of(Engine.SPARK, Engine.STOREY), List.copyOf(engines));
        assertEquals("[\"SPARK\",\"STOREY\"]", write((g, v) -> JsonValues.writeList(g, engines, JsonValues.enumElement(Engine.values())), null));

        Map<String, Set<String>> map = read("{\"a\": [\"x\"], \"b\": null}", p -> JsonValues.readMap(p, JsonValues.setElement(JsonValues.STRING)));
        assertEquals(Set.of("x"), map.get("a"));
        assertEquals("{\"a\":[\"x\"],\"b\":null}", write((g, v) -> JsonValues.writeMap(g, map, JsonValues.setElement(JsonValues.STRING)), null));

        List<Object> scalars = read("[1.5, 0.1, \"c\", \"PT1S\", \"2024-01-01T00:00:00\"]", p -> {
            p.nextToken();
            List<Object> values = new ArrayList<>();
            values.add(JsonValues.DOUBLE.read(p));
            p.nextToken();
            values.add(JsonValues.FLOAT.read(p));
            p.nextToken();
            values.add(JsonValues.CHAR.read(p));
            p.nextToken();
            values.add(JsonValues.DURATION.read(p));
            p.nextToken();
            values.add(JsonValues.LOCAL_DATE_TIME.read(p));
            p.nextToken();
            return values;
        });
        assertEquals(List.of(1.5, 0.1f, 'c', Duration.ofSeconds(1), LocalDateTime.of(2024, 1, 1, 0, 0)), scalars);
        assertEquals("[0.1]", write((g, v) -> JsonValues.writeList(g, List.of(0.1f), JsonValues.FLOAT), null));
        assertEquals("[\"2024-01-01T00:00:00\"]",
                write((g, v) -> JsonValues.writeList(g, List.of(LocalDateTime.of(2024, 1, 1, 0, 0)), JsonValues.LOCAL_DATE_TIME), null));

        SpecException nestedError = assertThrows(SpecException.class,
                () -> read("{\"a\": [\"x\", 3]}", p -> JsonValues.readMap(p, JsonValues.listElement(JsonValues.STRING))));
        assertEquals("$.attributes.x.a[1]", nestedError.path());
    }

    @Test
    void readersLeaveTheParserOnTheValuesLastToken() throws IOException {
        try (JsonParser parser = FACTORY.createParser("[[1, 2], {\"a\": [3]}, \"s\", 4]")) {
            assertEquals(JsonToken.START_ARRAY, parser.nextToken());
            parser.nextToken();
            assertEquals(List.of(1L, 2L), JsonValues.readList(parser, JsonValues::readLong));
            assertEquals(JsonToken.END_ARRAY, parser.currentToken());
            parser.nextToken();
            assertEquals(Map.of("a", List.of(3L)), JsonValues.readAny(parser));
            assertEquals(JsonToken.END_OBJECT, parser.currentToken());
            parser.nextToken();
            assertEquals("s", JsonValues.readString(parser));
            parser.nextToken();
            assertEquals(4, JsonValues.readInt(parser));
            assertEquals(JsonToken.END_ARRAY, parser.nextToken());
        }
    }

    // ---- any ----

    @Test
    void readAnyWriteAnyRoundTrip() throws IOException {
        String json = "{\"s\":\"t\",\"i\":1,\"neg\":-5,\"big\":123456789012345678901234567890,\"d\":1.5,\"e\":1.0E-5,"
                + "\"b\":true,\"f\":false,\"n\":null,\"l\":[1,[2,{}],[]],\"o\":{\"k\":\"v\",\"nested\":{\"x\":null}}}";
        Object value = read(json, JsonValues::readAny);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) value;
        assertEquals("t", map.get("s"));
        assertEquals(1L, map.get("i"));
        assertEquals(new BigInteger("123456789012345678901234567890"), map.get("big"));
        assertEquals(1.5, map.get("d"));
        assertEquals(Boolean.TRUE, map.get("b"));
        assertNull(map.get("n"));
        assertEquals(true, map.containsKey("n"));
        assertEquals(List.of(1L, List.of(2L, Map.of()), List.of()), map.get("l"));
        assertEquals(List.of("s", "i", "neg", "big", "d", "e", "b", "f", "n", "l", "o"), List.copyOf(map.keySet()));
        assertEquals(json, write(JsonValues::writeAny, value));
        assertEquals(value, read(write(JsonValues::writeAny, value), JsonValues::readAny));
    }

    @Test
    void writeAnyOfJavaValues() throws IOException {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("engine", Engine.PANDAS);
        map.put(7, new Object[] {1, 2.5f, (short) 3});
        map.put("date", LocalDate.of(2024, 1, 2));
        map.put("dec", new java.math.BigDecimal("1.10"));
        map.put("set", new LinkedHashSet<>(List.of("a")));
        assertEquals("{\"engine\":\"PANDAS\",\"7\":[1,2.5,3],\"date\":\"2024-01-02\",\"dec\":1.10,\"set\":[\"a\"]}",
                write(JsonValues::writeAny, map));
        assertEquals("null", write(JsonValues::writeAny, null));
    }

    @Test
    void writersOfScalarsAndCollections() throws IOException {
        assertEquals("\"x\"", write((g, v) -> JsonValues.writeChar(g, (Character) v), 'x'));
        assertEquals("\"SPARK\"", write((g, v) -> JsonValues.writeEnum(g, (Enum<?>) v), Engine.SPARK));
        assertEquals("-128", write((g, v) -> JsonValues.writeByte(g, (Byte) v), (byte) -128));
        assertEquals("[\"a\",null]", write((g, v) -> JsonValues.writeList(g, Arrays.asList("a", null),
                JsonValues::writeString), null));
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("a", 1);
        map.put("b", null);
        assertEquals("{\"a\":1,\"b\":null}", write((g, v) -> JsonValues.writeMap(g, map, JsonValues::writeInt), null));
    }

    @Test
    void readAnyOfAFieldNameIsAnError() throws IOException {
        try (JsonParser parser = FACTORY.createParser("{\"k\": 1}")) {
            parser.nextToken();
            parser.nextToken();
            SpecException e = assertThrows(SpecException.class, () -> JsonValues.readAny(parser));
            assertEquals("$.k", e.path());
            assertEquals("Bad spec at $.k: expected a JSON value, found FIELD_NAME.", e.getMessage());
        }
    }

    @Test
    void exceptionCarriesPathAndSuggestion() {
        SpecException plain = new SpecException("$.a", "broken.");
        assertEquals("Bad spec at $.a: broken.", plain.getMessage());
        assertNull(plain.suggestion());
        assertNull(plain.getCause());
        IllegalStateException cause = new IllegalStateException();
        SpecException hinted = new SpecException("$.b", "unknown.", "c", cause);
        assertEquals("Bad spec at $.b: unknown. Did you mean 'c'?", hinted.getMessage());
        assertEquals("c", hinted.suggestion());
        assertSame(cause, hinted.getCause());
        assertEquals("$.b", hinted.path());
    }
}
