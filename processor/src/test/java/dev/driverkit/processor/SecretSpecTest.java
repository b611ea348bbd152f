package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.testing.compile.Compilation;
import dev.driverkit.spec.JsonValues;
import dev.driverkit.spec.SpecCodec;
import dev.driverkit.spec.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code @Spec(secret = true)} and {@code @Spec(secretKeys = ...)}: the generated codec reads secrets and
 * never writes them, the schema marks them, and a spec error about a secret value does not show it.
 */
class SecretSpecTest {
    private static final JsonFactory JSON = new JsonFactory();
    private static final JavaFileObject DRIVER = source("StreamSource", """
            @SourceDriver(kind = "stream", supports = {Engine.STOREY})
            public class StreamSource extends BaseSourceDriver {
                @Spec String user;
                /** The access key. */
                @Spec(secret = true) String accessKey = "do-not-ship-me";
                @Spec(secret = true) int pin;
                @Spec(secretKeys = {"password", "oauth.clientSecret"}) Map<String, Object> sasl;
                @Spec(secretKeys = {"token", "sasl.jaas.config"}) Object extra;

                public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
            }
            """);

    private static Compilation compilation;
    private static SpecCodec<Object> codec;
    private static Class<?> driverClass;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void compileDriver() throws Exception {
        compilation = compile(DRIVER);
        assertThat(compilation).succeededWithoutWarnings();
        GeneratedClasses classes = new GeneratedClasses(compilation);
        codec = (SpecCodec<Object>) classes.loadClass("test.StreamSource_SpecCodec").getConstructor().newInstance();
        driverClass = classes.loadClass("test.StreamSource");
    }

    private static Object read(String attributes) throws IOException {
        Object driver = codec.newDriver();
        try (JsonParser parser = JSON.createParser(attributes)) {
            assertEquals(JsonToken.START_OBJECT, parser.nextToken());
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                assertTrue(codec.readAttribute(driver, key, parser), key);
            }
        }
        return driver;
    }

    private static String write(Object driver) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.writeStartObject();
            codec.writeAttributes(driver, generator);
            generator.writeEndObject();
        }
        return out.toString();
    }

    private static Object field(Object driver, String name) throws ReflectiveOperationException {
        var field = driverClass.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(driver);
    }

    @Test
    void secretsAreReadButNeverWritten() throws Exception {
        Object driver = read("""
                {"user": "svc", "access_key": "AK-123", "pin": 4321,
                 "sasl": {"enabled": true, "user": "svc", "password": "p4ss", "oauth": {"clientID": "c", "clientSecret": "cs"}},
                 "extra": {"token": "t0k", "sasl.jaas.config": "pw=1", "region": "eu"}}""");
        assertEquals("AK-123", field(driver, "accessKey"));
        assertEquals(4321, field(driver, "pin"));
        assertEquals("p4ss", ((Map<?, ?>) field(driver, "sasl")).get("password"), "the driver keeps what it read");

        String written = write(driver);
        assertEquals("{\"user\":\"svc\",\"sasl\":{\"enabled\":true,\"user\":\"svc\",\"oauth\":{\"clientID\":\"c\"}},"
                + "\"extra\":{\"region\":\"eu\"}}", written);
        assertEquals("p4ss", ((Map<?, ?>) field(driver, "sasl")).get("password"), "writing does not change the driver");
        assertEquals("cs", ((Map<?, ?>) ((Map<?, ?>) field(driver, "sasl")).get("oauth")).get("clientSecret"));
    }

    @Test
    void aDriverWithOnlySecretsSetHasNoAttributesToWrite() throws Exception {
        Object driver = read("{\"access_key\": \"AK-123\", \"pin\": 7}");
        assertFalse(codec.hasAttributes(driver), "the primitive secret does not count as always written");
        assertEquals("{}", write(driver));
        assertTrue(codec.hasAttributes(read("{\"user\": \"svc\"}")));
    }

    @Test
    void aSpecErrorAboutASecretDoesNotShowTheValue() {
        SpecException wrongType = assertThrows(SpecException.class, () -> read("{\"access_key\": 98765432}"));
        assertEquals("Bad spec at $.access_key: expected a string, found another value (the setting is secret: its value"
                + " is not shown).", wrongType.getMessage());
        assertNull(wrongType.getCause());
        SpecException nested = assertThrows(SpecException.class, () -> read("{\"pin\": \"98765432\"}"));
        assertFalse(nested.getMessage().contains("98765432"), nested.getMessage());
        // Without a secret the value is shown, as for every other setting.
        SpecException plain = assertThrows(SpecException.class, () -> read("{\"user\": 98765432}"));
        assertTrue(plain.getMessage().contains("98765432"), plain.getMessage());
    }

    @Test
    void theSchemaMarksSecretsAndShowsNoSecretDefault() throws IOException {
        String schema = codec.schema().orElseThrow();
        assertFalse(schema.contains("do-not-ship-me"), "no default for a secret: " + schema);
        Map<?, ?> attributes;
        try (JsonParser parser = JSON.createParser(schema)) {
            parser.nextToken();
            Map<?, ?> root = (Map<?, ?>) JsonValues.readAny(parser);
            attributes = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) root.get("properties")).get("attributes")).get("properties");
        }
        assertEquals(Map.of("type", java.util.List.of("string", "null"), "writeOnly", true,
                "description", "The access key. Secret: read, never written."), attributes.get("access_key"));
        assertEquals(true, ((Map<?, ?>) attributes.get("pin")).get("writeOnly"));
        assertEquals("Secret entries, read and never written: password, oauth.clientSecret.",
                ((Map<?, ?>) attributes.get("sasl")).get("description"));
        assertNull(((Map<?, ?>) attributes.get("sasl")).get("writeOnly"), "the rest of sasl is written");
    }

    @Test
    void secretKeysOnAFieldThatHoldsNoObject() {
        JavaFileObject driver = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    @Spec(secretKeys = "password") String url;
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        assertError(compile(driver), driver, "secretKeys = \"password\"",
                "[DK050] @Spec field CsvSource.url lists secretKeys, but its type String holds no JSON object.",
                "write @Spec(secret = true) to keep the whole field out of written specs; secretKeys is for a"
                        + " Map<String, ...> or Object field whose object holds a secret entry");
    }

    @Test
    void secretKeyThatIsNotAKeyPath() {
        JavaFileObject driver = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    @Spec(secretKeys = {"password", "oauth..secret"}) Map<String, Object> sasl;
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        assertError(compile(driver), driver, "oauth..secret",
                "[DK050] @Spec field CsvSource.sasl lists secretKeys, but secret key \"oauth..secret\" is not a key path.",
                "name an entry of the object by its key, a nested one by its keys joined by '.' (e.g. \"password\" or"
                        + " \"oauth.clientSecret\")");
    }

    /** The classes of a compilation, loaded from its output. */
    private static final class GeneratedClasses extends ClassLoader {
        private final Compilation compilation;

        GeneratedClasses(Compilation compilation) {
            super(SecretSpecTest.class.getClassLoader());
            this.compilation = compilation;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            JavaFileObject file = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                    name.replace('.', '/') + ".class").orElseThrow(() -> new ClassNotFoundException(name));
            try (InputStream in = file.openInputStream()) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
