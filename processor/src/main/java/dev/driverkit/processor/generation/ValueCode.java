package dev.driverkit.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.driverkit.processor.model.SpecType;
import dev.driverkit.processor.model.SpecType.ScalarKind;
import java.util.EnumMap;
import java.util.Map;
import javax.lang.model.util.Types;

/**
 * The code that reads and writes one {@code @Spec} value through the runtime's {@code JsonValues}:
 * a call for a field, an element constant or factory ({@code JsonValues.STRING},
 * {@code JsonValues.listElement(...)}) for a collection's elements. No lambdas or method references:
 * each would be a class spun at run time, which a cold start pays for.
 */
final class ValueCode {
    static final ClassName JSON_VALUES = ClassName.get("dev.driverkit.spec", "JsonValues");

    private static final Map<ScalarKind, String> READERS = new EnumMap<>(ScalarKind.class);
    private static final Map<ScalarKind, String> WRITERS = new EnumMap<>(ScalarKind.class);

    static {
        scalar(ScalarKind.STRING, "readString", "writeString");
        scalar(ScalarKind.BOOLEAN, "readBoolean", "writeBoolean");
        scalar(ScalarKind.BOXED_BOOLEAN, "readNullableBoolean", "writeBoolean");
        scalar(ScalarKind.BYTE, "readByte", "writeByte");
        scalar(ScalarKind.BOXED_BYTE, "readNullableByte", "writeByte");
        scalar(ScalarKind.SHORT, "readShort", "writeShort");
        scalar(ScalarKind.BOXED_SHORT, "readNullableShort", "writeShort");
        scalar(ScalarKind.INT, "readInt", "writeInt");
        scalar(ScalarKind.BOXED_INT, "readNullableInt", "writeInt");
        scalar(ScalarKind.LONG, "readLong", "writeLong");
        scalar(ScalarKind.BOXED_LONG, "readNullableLong", "writeLong");
        scalar(ScalarKind.FLOAT, "readFloat", "writeFloat");
        scalar(ScalarKind.BOXED_FLOAT, "readNullableFloat", "writeFloat");
        scalar(ScalarKind.DOUBLE, "readDouble", "writeDouble");
        scalar(ScalarKind.BOXED_DOUBLE, "readNullableDouble", "writeDouble");
        scalar(ScalarKind.CHAR, "readChar", "writeChar");
        scalar(ScalarKind.BOXED_CHAR, "readNullableChar", "writeChar");
        scalar(ScalarKind.INSTANT, "readInstant", "writeTime");
        scalar(ScalarKind.LOCAL_DATE, "readLocalDate", "writeTime");
        scalar(ScalarKind.LOCAL_DATE_TIME, "readLocalDateTime", "writeTime");
        scalar(ScalarKind.LOCAL_TIME, "readLocalTime", "writeTime");
        scalar(ScalarKind.OFFSET_DATE_TIME, "readOffsetDateTime", "writeTime");
        scalar(ScalarKind.ZONED_DATE_TIME, "readZonedDateTime", "writeTime");
        scalar(ScalarKind.DURATION, "readDuration", "writeDuration");
        scalar(ScalarKind.ANY, "readAny", "writeAny");
    }

    private static void scalar(ScalarKind kind, String reader, String writer) {
        READERS.put(kind, reader);
        WRITERS.put(kind, writer);
    }

    private final Types types;

    ValueCode(Types types) {
        this.types = types;
    }

    /** {@code JsonValues.readInt(parser)} and the like. */
    CodeBlock read(SpecType type, String parser) {
        if (type instanceof SpecType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", JSON_VALUES, READERS.get(scalar.kind()), parser);
        }
        if (type instanceof SpecType.EnumValue) {
            return CodeBlock.of("$T.readEnum($L, $T.values())", JSON_VALUES, parser, rawType(type));
        }
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, elements.set() ? "readSet" : "readList", parser,
                    element(elements.element()));
        }
        SpecType.Entries entries = (SpecType.Entries) type;
        return CodeBlock.of("$T.readMap($L, $L)", JSON_VALUES, parser, element(entries.value()));
    }

    /** {@code JsonValues.writeInt(generator, value)} and the like. */
    CodeBlock write(SpecType type, String generator, CodeBlock value) {
        if (type instanceof SpecType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, WRITERS.get(scalar.kind()), generator, value);
        }
        if (type instanceof SpecType.EnumValue) {
            return CodeBlock.of("$T.writeEnum($L, $L)", JSON_VALUES, generator, value);
        }
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.writeList($L, $L, $L)", JSON_VALUES, generator, value, element(elements.element()));
        }
        SpecType.Entries entries = (SpecType.Entries) type;
        return CodeBlock.of("$T.writeMap($L, $L, $L)", JSON_VALUES, generator, value, element(entries.value()));
    }

    /**
     * How a collection's elements are read and written: {@code JsonValues.STRING} for a scalar (the
     * constant named after its kind, boxed or not), a factory call for the rest.
     */
    private CodeBlock element(SpecType type) {
        if (type instanceof SpecType.Scalar scalar) {
            return CodeBlock.of("$T.$L", JSON_VALUES, scalar.kind().name().replaceFirst("^BOXED_", ""));
        }
        if (type instanceof SpecType.EnumValue) {
            return CodeBlock.of("$T.enumElement($T.values())", JSON_VALUES, rawType(type));
        }
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.$L($L)", JSON_VALUES, elements.set() ? "setElement" : "listElement",
                    element(elements.element()));
        }
        SpecType.Entries entries = (SpecType.Entries) type;
        return CodeBlock.of("$T.mapElement($L)", JSON_VALUES, element(entries.value()));
    }

    private TypeName rawType(SpecType type) {
        return TypeName.get(types.erasure(type.type()));
    }
}
