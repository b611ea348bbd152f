package dev.driverkit.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The table the processor generates calls from names only methods and constants {@link JsonValues}
 * has, with the types the generated code passes and expects: a row that drifts from the runtime would
 * otherwise show only as generated code that does not compile.
 */
class SpecValueTypeTest {

    @Test
    void everyReaderExistsAndReturnsTheRowsType() throws Exception {
        for (SpecValueType type : SpecValueType.values()) {
            for (boolean primitiveField : new boolean[] {true, false}) {
                if (primitiveField && type.primitive() == null && type.reader(true).equals(type.reader(false))) {
                    continue;
                }
                Method reader = method(type.reader(primitiveField), JsonParser.class);
                assertTrue(Modifier.isStatic(reader.getModifiers()) && Modifier.isPublic(reader.getModifiers()),
                        reader.toString());
                Class<?> expected = expectedValueClass(type, primitiveField);
                assertTrue(expected.isAssignableFrom(reader.getReturnType()) || reader.getReturnType() == expected,
                        type + ": " + reader + " returns " + reader.getReturnType() + ", not " + expected);
            }
        }
    }

    @Test
    void everyWriterExistsAndTakesTheRowsType() throws Exception {
        for (SpecValueType type : SpecValueType.values()) {
            Method writer = method(type.writer(), JsonGenerator.class);
            Class<?> parameter = writer.getParameterTypes()[1];
            Class<?> value = expectedValueClass(type, type.primitive() != null);
            assertTrue(parameter.isAssignableFrom(value), type + ": " + writer + " cannot take a " + value);
        }
    }

    @Test
    void everyElementIsAConstantOrAFactory() throws Exception {
        for (SpecValueType type : SpecValueType.values()) {
            if (type.elementIsFactory()) {
                Method factory = method(type.element(), null);
                assertEquals(JsonValues.Element.class, factory.getReturnType(), factory.toString());
            } else {
                Field constant = JsonValues.class.getField(type.element());
                assertTrue(Modifier.isStatic(constant.getModifiers()), constant.toString());
                assertEquals(JsonValues.Element.class, constant.getType(), constant.toString());
            }
        }
    }

    @Test
    void lookups() {
        assertEquals(SpecValueType.INT, SpecValueType.ofClass("java.lang.Integer"));
        assertEquals(SpecValueType.INT, SpecValueType.ofPrimitive("int"));
        assertEquals(SpecValueType.ANY, SpecValueType.ofClass("java.lang.Object"));
        assertNull(SpecValueType.ofClass("java.io.File"));
        assertNull(SpecValueType.ofPrimitive("void"));
        assertEquals(SpecValueType.STRING, SpecValueType.nearestFor("java.io.File"));
        assertEquals(SpecValueType.INSTANT, SpecValueType.nearestFor("java.util.Date"));
        assertEquals(SpecValueType.LIST, SpecValueType.nearestFor("java.util.ArrayList"));
        assertNull(SpecValueType.nearestFor("com.acme.Endpoint"));
    }

    /** A type is never both supported and the replacement for itself, nor the replacement of two rows. */
    @Test
    void nearestForNamesOnlyUnsupportedTypesOnce() {
        Set<String> seen = new HashSet<>();
        for (SpecValueType type : SpecValueType.values()) {
            for (String unsupported : type.nearestFor()) {
                assertNull(SpecValueType.ofClass(unsupported), unsupported + " is supported");
                assertTrue(seen.add(unsupported), unsupported + " has two nearest types");
            }
        }
    }

    @Test
    void summaryListsEveryGroup() {
        assertEquals("String, primitives and their boxes, enums, java.time values (Instant, LocalDate, LocalDateTime,"
                + " LocalTime, OffsetDateTime, ZonedDateTime, Duration), Object (any JSON value), and List, Set or"
                + " Map<String, ...> of these", SpecValueType.summary());
    }

    /** The class of the values a row reads and writes (the primitive for a primitive field). */
    private static Class<?> expectedValueClass(SpecValueType type, boolean primitiveField) throws Exception {
        if (primitiveField && type.primitive() != null) {
            return Arrays.stream(new Class<?>[] {boolean.class, byte.class, short.class, int.class, long.class,
                    float.class, double.class, char.class}).filter(c -> c.getName().equals(type.primitive()))
                    .findFirst().orElseThrow();
        }
        return type == SpecValueType.ENUM ? Enum.class : Class.forName(type.javaType());
    }

    /** The one public method of JsonValues with this name (and first parameter, when given). */
    private static Method method(String name, Class<?> firstParameter) {
        List<Method> found = Arrays.stream(JsonValues.class.getMethods())
                .filter(m -> m.getName().equals(name))
                .filter(m -> firstParameter == null || (m.getParameterCount() > 0 && m.getParameterTypes()[0] == firstParameter))
                .toList();
        assertEquals(1, found.size(), "JsonValues." + name + ": " + found);
        assertNotNull(found.get(0));
        return found.get(0);
    }
}
