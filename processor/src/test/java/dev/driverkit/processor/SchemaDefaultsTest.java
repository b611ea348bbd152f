package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.driverkit.processor.TestCompiler.Result;
import dev.driverkit.spec.SpecCodec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON Schema's defaults come from the fields' initializers, which no standard API shows: javac's
 * tree API and ECJ's AST are read instead. Both compilers must write the same schema. (The enum is one of
 * the source: ECJ lists the constants of an enum read from a class file by name, javac in declaration
 * order, so a schema's "enum" list for such a type differs; see docs/ecj.md.)
 */
class SchemaDefaultsTest {
    private static final String DRIVER = """
            package shop;

            import dev.driverkit.*;
            import dev.driverkit.engine.*;
            import java.util.ArrayList;
            import java.util.List;
            import java.util.concurrent.Flow;

            @SourceDriver(kind = "defaults", supports = Engine.STOREY)
            public class DefaultsSource extends BaseSourceDriver {
                /** Rows per batch: more is faster, fewer uses less memory. */
                @Spec int batchSize = 1_000;
                @Spec long offset = -5L;
                @Spec int retries = -3;
                @Spec short shortOne = 7;
                @Spec double ratio = 0.25;
                @Spec float factor = 1.5f;
                @Spec boolean header = true;
                @Spec char separator = ';';
                @Spec String quote = "\\"";
                @Spec String block = \"""
                        two
                        lines\""";
                @Spec Mode state = Mode.RUNNABLE;
                @Spec Integer boxed = 42;
                @Spec List<String> columns = new ArrayList<>();
                @Spec String none;
                @Spec int zero;

                public Flow.Publisher<Event> toStep(StepRequest request) {
                    return null;
                }

                public enum Mode { WAITING, RUNNABLE, BLOCKED }
            }
            """;

    @Test
    void javacAndEcjWriteTheSameDefaults(@TempDir Path dir) throws Exception {
        String javacSchema = schema(TestCompiler.JAVAC, dir.resolve("javac"));
        String ecjSchema = schema(TestCompiler.ECJ, dir.resolve("ecj"));
        Map<String, String> onJavac = defaults(javacSchema);
        Map<String, String> onEcj = defaults(ecjSchema);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("batch_size", "1000");
        expected.put("offset", "-5");
        expected.put("retries", "-3");
        expected.put("short_one", "7");
        expected.put("ratio", "0.25");
        expected.put("factor", "1.5");
        expected.put("header", "true");
        expected.put("separator", ";");
        expected.put("quote", "\"");
        expected.put("block", "two\nlines");
        expected.put("state", "RUNNABLE");
        expected.put("boxed", "42");
        expected.put("zero", "0"); // a primitive without an initializer starts at 0
        assertEquals(expected, onJavac);
        assertEquals(onJavac, onEcj);
        assertTrue(javacSchema.contains("Rows per batch: more is faster, fewer uses less memory."), javacSchema);
        assertEquals(javacSchema, ecjSchema, "the whole schema, descriptions included");
    }

    /** The JSON Schema the generated codec serves. */
    private static String schema(TestCompiler compiler, Path dir) throws Exception {
        Path source = dir.resolve("src/shop/DefaultsSource.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, DRIVER);
        Result result = compiler.compile(List.of(source), List.of(), dir.resolve("classes"), dir.resolve("generated"),
                List.of(new DriverProcessor()));
        TestCompiler.assertNoCrash(result, compiler.name());
        assertTrue(result.success() && result.coded().isEmpty(), compiler + ": " + result.diagnostics());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("classes").toUri().toURL()},
                SchemaDefaultsTest.class.getClassLoader())) {
            SpecCodec<?> codec = (SpecCodec<?>) loader.loadClass("shop.DefaultsSource_SpecCodec").getConstructor()
                    .newInstance();
            return codec.schema().orElseThrow();
        }
    }

    /** The "default" of each property of a schema, as JSON text, by key. */
    private static Map<String, String> defaults(String schema) throws IOException {
        Map<String, String> defaults = new LinkedHashMap<>();
        try (JsonParser json = new JsonFactory().createParser(schema)) {
            String property = null;
            int depth = 0;
            int propertiesDepth = -1;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    depth++;
                } else if (token == JsonToken.END_OBJECT) {
                    depth--;
                } else if (token == JsonToken.FIELD_NAME && "properties".equals(json.currentName())) {
                    propertiesDepth = depth + 1;
                } else if (token == JsonToken.FIELD_NAME && depth == propertiesDepth) {
                    property = json.currentName();
                } else if (token == JsonToken.FIELD_NAME && "default".equals(json.currentName())) {
                    json.nextToken();
                    defaults.put(property, json.getText());
                }
            }
        }
        return defaults;
    }
}
