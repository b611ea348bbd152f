package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** Every fault in a spec is one SpecException with the JSON path of the fault; lenient mode keeps what it does not know. */
class BadSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverRegistry registry = DriverRegistry.load();

    private SpecException fault(String json) {
        return assertThrows(SpecException.class, () -> registry.readSource(json.replace('\'', '"')));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            {'kind': 'csv', 'name': 'x',                                   | $
            {'kind': 'csv', 'path': tru}                                   | $.path
            {'kind': 'csv', 'attributes': {'parse_dates': ['a', }}         | $.attributes.parse_dates[1]
            {'kind': 'csv'} trailing                                       | $
            """)
    void malformedJson(String json, String path) {
        SpecException e = fault(json);
        assertEquals(path, e.path(), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON") || e.getMessage().contains("unexpected content"),
                e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            []                                                                | $
            {}                                                                | $
            {'kind': ''}                                                      | $.kind
            {'kind': 3}                                                       | $.kind
            {'kind': 'csv', 'workers': 'two'}                                 | $.workers
            {'kind': 'csv', 'workers': 2.5}                                   | $.workers
            {'kind': 'csv', 'max_age': 3000000000}                            | $.max_age
            {'kind': 'csv', 'start_time': 'yesterday'}                        | $.start_time
            {'kind': 'csv', 'attributes': []}                                 | $.attributes
            {'kind': 'csv', 'attributes': {'header': 'yes'}}                  | $.attributes.header
            {'kind': 'csv', 'attributes': {'delimiter': ';;'}}                | $.attributes.delimiter
            {'kind': 'csv', 'attributes': {'parse_dates': 'ts'}}              | $.attributes.parse_dates
            {'kind': 'csv', 'attributes': {'parse_dates': ['a', 'b', 3]}}     | $.attributes.parse_dates[2]
            {'kind': 'alltypes', 'attributes': {'count': 'ten'}}              | $.attributes.count
            {'kind': 'alltypes', 'attributes': {'tiny': 300}}                 | $.attributes.tiny
            {'kind': 'alltypes', 'attributes': {'big': 1.5}}                  | $.attributes.big
            {'kind': 'alltypes', 'attributes': {'flag': null}}                | $.attributes.flag
            {'kind': 'alltypes', 'attributes': {'letter': ''}}                | $.attributes.letter
            {'kind': 'alltypes', 'attributes': {'duration': '90 minutes'}}    | $.attributes.duration
            {'kind': 'alltypes', 'attributes': {'zoned_date_time': '2024-01-01'}} | $.attributes.zoned_date_time
            {'kind': 'alltypes', 'attributes': {'count_list': [1, 2, 'x']}}   | $.attributes.count_list[2]
            {'kind': 'alltypes', 'attributes': {'color_set': ['RED', 'red']}} | $.attributes.color_set[1]
            {'kind': 'alltypes', 'attributes': {'instant_map': {'a': 5}}}     | $.attributes.instant_map.a
            {'kind': 'alltypes', 'attributes': {'groups': {'a': ['x', 1]}}}   | $.attributes.groups.a[1]
            {'kind': 'alltypes', 'attributes': {'matrix': [[1], [2, [3]]]}}   | $.attributes.matrix[1][1]
            {'kind': 'alltypes', 'attributes': {'table': {'my key': {'c': 'x'}}}} | $.attributes.table['my key'].c
            """)
    void wrongValueTypeNamesTheExactPath(String json, String path) {
        assertEquals(path, fault(json).path());
    }

    @Test
    void wrongTypeMessageSaysWhatWasExpectedAndFound() {
        SpecException e = fault("{'kind': 'csv', 'attributes': {'header': 'yes'}}");
        assertEquals("Bad spec at $.attributes.header: expected true or false, found the string \"yes\".", e.getMessage());
    }

    @Test
    void unknownAttributeSuggestsTheNearestOne() {
        SpecException e = fault("{'kind': 'csv', 'attributes': {'heder': true}}");
        assertEquals("$.attributes.heder", e.path());
        assertEquals("header", e.suggestion());
        assertTrue(e.getMessage().contains("the csv driver has no attribute \"heder\""), e.getMessage());
        assertTrue(e.getMessage().endsWith("Did you mean 'header'?"), e.getMessage());
        assertTrue(e.getMessage().contains("[parse_dates, header, delimiter]"), e.getMessage());
    }

    @Test
    void unknownTopLevelKeySuggestsTheNearestOne() {
        SpecException e = fault("{'kind': 'csv', 'key_feild': 'id'}");
        assertEquals("$.key_feild", e.path());
        assertEquals("key_field", e.suggestion());
        assertTrue(e.getMessage().endsWith("Did you mean 'key_field'?"), e.getMessage());

        // A driver setting put at the top level instead of inside "attributes".
        SpecException misplaced = fault("{'kind': 'csv', 'parse_dates': ['ts']}");
        assertEquals("$.parse_dates", misplaced.path());
        assertTrue(misplaced.getMessage().contains("go inside \"attributes\""), misplaced.getMessage());
    }

    @Test
    void enumValueSuggestsTheNearestConstant() {
        SpecException e = fault("{'kind': 'alltypes', 'attributes': {'color': 'GREN'}}");
        assertEquals("$.attributes.color", e.path());
        assertEquals("GREEN", e.suggestion());
    }

    @Test
    void lenientModeKeepsUnknownAttributesAndWritesThemBack() throws Exception {
        String json = "{\"kind\": \"csv\", \"name\": \"c\", \"path\": \"/d/c.csv\", \"attributes\": {\"header\": true,"
                + " \"chunksize\": 1000, \"reader_args\": {\"sep\": \";\", \"skiprows\": [1, 2]}, \"ratio\": 0.5,"
                + " \"nothing\": null}, \"key_field\": \"id\", \"unknown_top\": {\"a\": 1}}";
        BaseSourceDriver source = registry.lenient().readSource(json);
        CsvSource csv = (CsvSource) source;
        assertTrue(csv.hasHeader());
        Map<String, Object> extras = source.getExtraAttributes();
        assertEquals(List.of("chunksize", "reader_args", "ratio", "nothing"), List.copyOf(extras.keySet()));
        assertEquals(1000L, extras.get("chunksize"));
        assertEquals(Map.of("sep", ";", "skiprows", List.of(1L, 2L)), extras.get("reader_args"));
        assertEquals(0.5, extras.get("ratio"));
        assertNull(extras.get("nothing"));

        JsonNode written = JSON.readTree(registry.writeSpec(source));
        JsonNode expected = JSON.readTree(json);
        ((com.fasterxml.jackson.databind.node.ObjectNode) expected).remove("unknown_top");
        assertEquals(expected, written, "unknown attributes written back as read; unknown top-level keys dropped");
        assertFalse(written.has("unknown_top"));

        // Strict mode refuses the same spec at its first unknown attribute.
        assertEquals("$.attributes.chunksize", assertThrows(SpecException.class, () -> registry.readSource(json)).path());
    }
}
