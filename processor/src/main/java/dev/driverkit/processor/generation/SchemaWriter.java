package dev.driverkit.processor.generation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.SpecField;
import dev.driverkit.processor.model.SpecType;
import dev.driverkit.registry.Direction;
import dev.driverkit.spec.CommonField;
import dev.driverkit.spec.SourceSpecs;
import dev.driverkit.spec.SpecValueType;
import dev.driverkit.spec.TargetSpecs;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Writes a driver's spec as a JSON Schema (draft 2020-12), served by its codec's {@code schema()} (see
 * {@link DriverSourceWriter}), so that tools without Java (UIs, validators, MLRun's Python side) can
 * check a spec: the common fields with their types, the driver's attributes with types, descriptions
 * from the fields' Javadoc and former keys marked deprecated, and each field's default when its
 * initializer is a literal or an enum constant (see {@link InitialValues}).
 */
public final class SchemaWriter {
    /** Non-ASCII characters escaped: the schema is part of a Java source, written in the compiler's encoding. */
    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    /** ISO-8601 local date-time, the table's: common date-time fields are read as LocalDateTime. */
    private static final String LOCAL_DATE_TIME_PATTERN = SpecValueType.LOCAL_DATE_TIME.schema().pattern();

    private final Elements elements;
    private final InitialValues initialValues;

    public SchemaWriter(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.initialValues = InitialValues.of(environment);
    }

    /** Loads what schemas are written with, so a processor path without jackson-core shows at start. */
    public void probe() {
        JSON.getFormatName();
    }

    public String content(DriverModel driver) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeStringField("$schema", "https://json-schema.org/draft/2020-12/schema");
            json.writeStringField("title", driver.kind() + " " + driver.direction().noun() + " spec ("
                    + driver.type().getQualifiedName() + ")");
            String description = firstSentence(javadoc(driver.type()));
            if (description != null) {
                json.writeStringField("description", description);
            }
            json.writeStringField("type", "object");
            json.writeArrayFieldStart("required");
            json.writeString("kind");
            json.writeEndArray();
            json.writeObjectFieldStart("properties");
            json.writeObjectFieldStart("kind");
            json.writeStringField("const", driver.kind());
            json.writeEndObject();
            Map<String, CommonField.Shape> common = driver.direction() == Direction.SOURCE
                    ? SourceSpecs.JSON.commonShapes() : TargetSpecs.JSON.commonShapes();
            for (Map.Entry<String, CommonField.Shape> field : common.entrySet()) {
                json.writeObjectFieldStart(field.getKey());
                writeCommon(json, field.getValue());
                json.writeEndObject();
            }
            json.writeObjectFieldStart("attributes");
            json.writeStringField("type", "object");
            json.writeObjectFieldStart("properties");
            for (SpecField field : driver.specFields()) {
                json.writeObjectFieldStart(field.key());
                writeType(json, field.type());
                // A secret's initializer would be a credential in the schema: no default is shown for it.
                Optional<Object> initial = field.secret() ? Optional.empty()
                        : initialValues.of(field.element()).or(() -> implicitDefault(field));
                if (initial.isPresent()) {
                    json.writeFieldName("default");
                    writeLiteral(json, initial.get());
                }
                String doc = javadoc(field.element());
                String secrecy = field.secret() ? "Secret: read, never written."
                        : field.secretKeys().isEmpty() ? null
                        : "Secret entries, read and never written: " + String.join(", ", field.secretKeys()) + ".";
                if (doc != null || secrecy != null) {
                    json.writeStringField("description", doc == null ? secrecy : secrecy == null ? doc : doc + " " + secrecy);
                }
                if (field.secret()) {
                    json.writeBooleanField("writeOnly", true);
                }
                json.writeEndObject();
                for (String alias : field.aliases()) {
                    json.writeObjectFieldStart(alias);
                    writeType(json, field.type());
                    json.writeStringField("description", "Former key of \"" + field.key() + "\": still read, never written.");
                    json.writeBooleanField("deprecated", true);
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
            json.writeBooleanField("additionalProperties", false);
            json.writeEndObject();
            json.writeEndObject();
            json.writeBooleanField("additionalProperties", false);
            json.writeEndObject();
        }
        return out + "\n";
    }

    /** The codec's {@code schema()}: the schema as a text block, so that it reads as JSON. */
    public MethodSpec method(DriverModel driver) throws IOException {
        return MethodSpec.methodBuilder("schema")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Optional.class, String.class))
                .addStatement("return $T.of($L)", Optional.class, GeneratedTypes.textBlock(content(driver)))
                .build();
    }

    private static void writeCommon(JsonGenerator json, CommonField.Shape shape) throws IOException {
        json.writeStringField("type", shape.jsonType());
        switch (shape) {
            case DATE_TIME -> json.writeStringField("pattern", LOCAL_DATE_TIME_PATTERN);
            case STRING_LIST -> {
                json.writeObjectFieldStart("items");
                json.writeStringField("type", "string");
                json.writeEndObject();
            }
            default -> { }
        }
    }

    /** Every value but a primitive's may be null: the readers accept JSON null for them. */
    private void writeType(JsonGenerator json, SpecType type) throws IOException {
        if (type instanceof SpecType.Scalar scalar) {
            writeSchema(json, scalar.row().schema(), scalar.primitive() ? null : "null");
        } else if (type instanceof SpecType.EnumValue enumValue) {
            json.writeArrayFieldStart("enum");
            for (Element constant : ((DeclaredType) enumValue.type()).asElement().getEnclosedElements()) {
                if (constant.getKind() == ElementKind.ENUM_CONSTANT) {
                    json.writeString(constant.getSimpleName().toString());
                }
            }
            json.writeNull();
            json.writeEndArray();
        } else if (type instanceof SpecType.Elements elements) {
            writeSchema(json, elements.row().schema(), "null");
            json.writeObjectFieldStart("items");
            writeType(json, elements.element());
            json.writeEndObject();
        } else if (type instanceof SpecType.Entries entries) {
            writeSchema(json, SpecValueType.MAP.schema(), "null");
            json.writeObjectFieldStart("additionalProperties");
            writeType(json, entries.value());
            json.writeEndObject();
        }
    }

    /** A value's keywords from the table, in {@link SpecValueType.Schema}'s order; none for any value. */
    private static void writeSchema(JsonGenerator json, SpecValueType.Schema schema, String nullable) throws IOException {
        if (schema.type() == null) {
            return; // any JSON value: no constraint
        }
        types(json, schema.type(), nullable);
        if (schema.minimum() != null) {
            json.writeNumberField("minimum", schema.minimum());
        }
        if (schema.maximum() != null) {
            json.writeNumberField("maximum", schema.maximum());
        }
        if (schema.length() != null) {
            json.writeNumberField("minLength", schema.length());
            json.writeNumberField("maxLength", schema.length());
        }
        if (schema.uniqueItems()) {
            json.writeBooleanField("uniqueItems", true);
        }
        if (schema.format() != null) {
            json.writeStringField("format", schema.format());
        }
        if (schema.pattern() != null) {
            json.writeStringField("pattern", schema.pattern());
        }
    }

    /** A primitive field without an initializer starts as 0 or false, which its spec then holds. */
    private static Optional<Object> implicitDefault(SpecField field) {
        if (field.type() instanceof SpecType.Scalar scalar && scalar.primitive()) {
            return Optional.ofNullable(scalar.row().primitiveZero());
        }
        return Optional.empty();
    }

    private static void writeLiteral(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            json.writeNumber(number.longValue());
        } else {
            json.writeString(value.toString());
        }
    }

    private static void types(JsonGenerator json, String type, String nullable) throws IOException {
        if (nullable == null) {
            json.writeStringField("type", type);
        } else {
            json.writeArrayFieldStart("type");
            json.writeString(type);
            json.writeString(nullable);
            json.writeEndArray();
        }
    }

    /**
     * The element's Javadoc as plain text for tools without Java: one paragraph, inline tags reduced to
     * their text ({@code {@code x}} to {@code x}), HTML tags and block tags ({@code @param}) left out.
     */
    private String javadoc(Element element) {
        String doc = elements.getDocComment(element);
        if (doc == null || doc.isBlank()) {
            return null;
        }
        String text = doc.replaceAll("(?m)^\\s*@\\w+.*$", "")            // block tags
                .replaceAll("\\{@(?:code|literal) ([^}]*)}", "$1")         // {@code x}
                .replaceAll("\\{@(?:link|linkplain) #?([^} ]*)[^}]*}", "$1") // {@link #x()}
                .replaceAll("<[^>]+>", " ")                                   // HTML
                .replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /** The first sentence, as Javadoc's summary takes it. */
    private static String firstSentence(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
