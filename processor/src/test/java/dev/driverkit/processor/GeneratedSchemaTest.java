package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.testing.compile.Compilation;
import dev.driverkit.spec.SpecCodec;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** The JSON Schema a codec serves: the text the processor generated, whatever its characters and size. */
class GeneratedSchemaTest {
    /** More text than one class-file constant holds, with characters a Java literal must escape. */
    @Test
    void longSchemaWithBackslashesQuotesAndNonAsciiIsServedIntact() throws Exception {
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            fields.append("    /** Field ").append(i).append(": a path like C:\\\\data\\\\in, \"\"\"quoted\"\"\", caf\u00e9,")
                    .append(" and enough words to make the schema longer than one text block may be. */\n")
                    .append("    @Spec String field").append(i).append(";\n");
        }
        JavaFileObject driver = Drivers.source("WideSource", """
                @SourceDriver(kind = "wide", supports = {Engine.STOREY})
                public class WideSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                """ + fields + "}\n");
        Compilation compilation = Drivers.compile(driver);
        assertThat(compilation).succeededWithoutWarnings();
        String source = compilation.generatedSourceFile("test.WideSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(source.contains("String.join(\"\","), "a schema this long is split into several text blocks");

        SpecCodec<?> codec = (SpecCodec<?>) new GeneratedClasses(compilation)
                .loadClass("test.WideSource_SpecCodec").getConstructor().newInstance();
        String schema = codec.schema().orElseThrow();
        assertTrue(schema.length() > 65535, "the schema is longer than one constant: " + schema.length());
        Map<String, String> descriptions = new HashMap<>();
        try (JsonParser json = new JsonFactory().createParser(schema)) {
            String field = null;
            for (JsonToken token = json.nextToken(); token != null; token = json.nextToken()) {
                if (token == JsonToken.FIELD_NAME && json.currentName().startsWith("field")) {
                    field = json.currentName();
                } else if (token == JsonToken.VALUE_STRING && "description".equals(json.currentName()) && field != null) {
                    descriptions.put(field, json.getText());
                }
            }
        }
        assertEquals(400, descriptions.size());
        assertEquals("Field 399: a path like C:\\\\data\\\\in, \"\"\"quoted\"\"\", caf\u00e9, and enough words to make the"
                + " schema longer than one text block may be.", descriptions.get("field399"));
    }

    /** The classes of a compilation, loaded from its output. */
    private static final class GeneratedClasses extends ClassLoader {
        private final Compilation compilation;

        GeneratedClasses(Compilation compilation) {
            super(GeneratedSchemaTest.class.getClassLoader());
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
