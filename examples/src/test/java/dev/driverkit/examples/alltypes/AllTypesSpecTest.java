package dev.driverkit.examples.alltypes;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.registry.DriverRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every supported @Spec type through the registry: Java -> JSON -> Java -> JSON, and the JSON's shape. */
class AllTypesSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> COMMON = Set.of("kind", "name", "path", "attributes", "key_field", "time_field",
            "schedule", "online", "workers", "max_age", "start_time", "end_time", "credentials_prefix");

    private final DriverRegistry registry = DriverRegistry.load();

    @Test
    void everyTypeRoundTripsJavaJsonJavaJson() throws Exception {
        AllTypesSource original = AllTypesValues.filled();
        String first = registry.writeSpec(original);
        BaseSourceDriver read = registry.readSource(first);
        String second = registry.writeSpec(read);

        AllTypesSource copy = assertInstanceOf(AllTypesSource.class, read);
        assertEquals(first, second, "the JSON written from the read-back driver");
        assertSameSpec(original, copy);
    }

    @Test
    void defaultsRoundTripToo() throws Exception {
        AllTypesSource empty = new AllTypesSource();
        String first = registry.writeSpec(empty);
        AllTypesSource copy = (AllTypesSource) registry.readSource(first);
        assertEquals(first, registry.writeSpec(copy));
        assertSameSpec(empty, copy);
        // Nothing but primitives (which always have a value) is written.
        JsonNode attributes = JSON.readTree(first).get("attributes");
        assertEquals(Set.of("flag", "tiny", "small", "count", "big", "ratio", "amount", "letter"), names(attributes));
        assertEquals("alltypes", JSON.readTree(first).get("kind").asText());
    }

    @Test
    void commonFieldsAreTopLevelSnakeCaseAndOwnFieldsAreInsideAttributes() throws Exception {
        JsonNode spec = JSON.readTree(registry.writeSpec(AllTypesValues.filled()));

        assertEquals(COMMON.stream().filter(key -> !key.equals("online")).collect(java.util.stream.Collectors.toSet()),
                names(spec), "top-level keys: MLRun's DataSource fields only");
        assertAll(
                () -> assertEquals("alltypes", spec.get("kind").asText()),
                () -> assertEquals("id", spec.get("key_field").asText()),
                () -> assertEquals("ts", spec.get("time_field").asText()),
                () -> assertEquals(4, spec.get("workers").asInt()),
                () -> assertEquals(3600, spec.get("max_age").asInt()),
                () -> assertEquals("PROJ_", spec.get("credentials_prefix").asText()),
                () -> assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0),
                        LocalDateTime.parse(spec.get("start_time").asText()), "times are ISO-8601 strings"),
                () -> assertEquals("2024-01-31T23:59:59", spec.get("end_time").asText()));

        JsonNode attributes = spec.get("attributes");
        assertAll(
                () -> assertTrue(attributes.has("boxed_flag")),
                () -> assertTrue(attributes.has("local_date_time")),
                () -> assertTrue(attributes.has("offset_date_time_list")),
                () -> assertTrue(attributes.has("zoned_date_time_map")),
                () -> assertTrue(attributes.has("custom_key"), "@Spec(name = ...) sets the key"),
                () -> assertTrue(attributes.has("new_name")),
                () -> assertFalse(attributes.has("old_name"), "aliases are read, never written"),
                () -> assertEquals("PT-1.5S", attributes.get("duration_list").get(1).asText()),
                () -> assertEquals("2016-05-24T22:00:00.123456789Z", attributes.get("instant_list").get(1).asText()),
                () -> assertEquals(java.time.ZonedDateTime.of(2024, 6, 1, 12, 0, 0, 0, java.time.ZoneId.of("Europe/Paris")),
                        java.time.ZonedDateTime.parse(attributes.get("zoned_date_time_list").get(0).asText())),
                () -> assertTrue(attributes.get("zoned_date_time_list").get(0).asText().endsWith("+02:00[Europe/Paris]")),
                () -> assertEquals("BLUE", attributes.get("color").asText()),
                () -> assertTrue(attributes.get("big").isIntegralNumber()),
                () -> assertEquals(Long.MAX_VALUE, attributes.get("big").asLong()),
                () -> assertTrue(attributes.get("text_list").get(3).isNull(), "a null list element is kept"));
        for (Iterator<String> it = attributes.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            assertTrue(key.matches("[a-z][a-z0-9_]*"), "snake_case attribute key: " + key);
        }
    }

    @Test
    void nullEmptyObjectAndEmptyListAreLeftOutAtTopLevelButEmptyZeroAndFalseAreKept() throws Exception {
        AllTypesSource driver = new AllTypesSource();
        driver.setName("");
        driver.setPath(null);
        driver.setWorkers(0);
        driver.setMaxAge(0);
        driver.setCredentialsPrefix("");
        driver.text = "";
        driver.boxedCount = 0;
        driver.boxedFlag = false;
        driver.textList = List.of();
        driver.textMap = java.util.Map.of();
        JsonNode spec = JSON.readTree(registry.writeSpec(driver));

        assertEquals(Set.of("kind", "name", "workers", "max_age", "credentials_prefix", "attributes"), names(spec));
        assertEquals("", spec.get("name").asText());
        assertEquals(0, spec.get("workers").asInt());
        assertEquals(0, spec.get("max_age").asInt());
        assertEquals("", spec.get("credentials_prefix").asText());

        JsonNode attributes = spec.get("attributes");
        assertEquals("", attributes.get("text").asText());
        assertEquals(0, attributes.get("boxed_count").asInt());
        assertFalse(attributes.get("boxed_flag").asBoolean());
        assertTrue(attributes.get("boxed_flag").isBoolean());
        assertFalse(attributes.get("flag").asBoolean());
        assertFalse(attributes.has("boxed_tiny"), "a null attribute is left out");
        // Inside "attributes" an empty collection is a value: it is kept, and reads back empty, not null.
        assertTrue(attributes.get("text_list").isArray() && attributes.get("text_list").isEmpty());
        assertTrue(attributes.get("text_map").isObject() && attributes.get("text_map").isEmpty());
        AllTypesSource copy = (AllTypesSource) registry.readSource(spec.toString());
        assertEquals(List.of(), copy.textList);
        assertEquals(java.util.Map.of(), copy.textMap);
        assertNull(copy.boxedTiny);
    }

    @Test
    void aDriverWithNoAttributeValuesWritesNoAttributesObject() throws Exception {
        dev.driverkit.examples.csv.CsvSource csv = dev.driverkit.examples.csv.CsvSource.of("c", "/tmp/c.csv");
        JsonNode spec = JSON.readTree(registry.writeSpec(csv));
        assertEquals(Set.of("kind", "name", "path"), names(spec));
    }

    @Test
    void aRenamedFieldReadsItsFormerKeyAndWritesTheNewOne() throws Exception {
        AllTypesSource read = (AllTypesSource) registry.readSource(
                "{\"kind\": \"alltypes\", \"attributes\": {\"old_name\": \"from an old spec\"}}");
        assertEquals("from an old spec", read.newName);
        JsonNode written = JSON.readTree(registry.writeSpec(read)).get("attributes");
        assertEquals("from an old spec", written.get("new_name").asText());
        assertFalse(written.has("old_name"));

        AllTypesSource current = (AllTypesSource) registry.readSource(
                "{\"kind\": \"alltypes\", \"attributes\": {\"new_name\": \"current\"}}");
        assertEquals("current", current.newName);
    }

    /** Field by field, every @Spec field and every common field. */
    static void assertSameSpec(AllTypesSource expected, AllTypesSource actual) throws IllegalAccessException {
        List<Executable> checks = new ArrayList<>();
        for (Field field : AllTypesSource.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                continue;
            }
            Object want = field.get(expected);
            Object got = field.get(actual);
            checks.add(() -> assertTrue(Objects.deepEquals(want, got),
                    field.getName() + ": expected " + want + " but was " + got));
        }
        List<Function<BaseSourceDriver, Object>> common = List.of(BaseSourceDriver::getName, BaseSourceDriver::getPath,
                BaseSourceDriver::getKeyField, BaseSourceDriver::getTimeField, BaseSourceDriver::getSchedule,
                BaseSourceDriver::getWorkers, BaseSourceDriver::getMaxAge, BaseSourceDriver::getStartTime,
                BaseSourceDriver::getEndTime, BaseSourceDriver::getCredentialsPrefix, BaseSourceDriver::getExtraAttributes);
        for (Function<BaseSourceDriver, Object> getter : common) {
            checks.add(() -> assertEquals(getter.apply(expected), getter.apply(actual)));
        }
        assertAll(checks);
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
