package dev.driverkit.processor.generation;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.driverkit.processor.model.SpecType;
import dev.driverkit.spec.SpecValueType;
import javax.lang.model.util.Types;

/**
 * The code that reads and writes one {@code @Spec} value through the runtime's {@code JsonValues}, with
 * the methods and element constants the runtime's table of types ({@link SpecValueType}) names: a call
 * for a field, an element constant or factory ({@code JsonValues.STRING},
 * {@code JsonValues.listElement(...)}) for a collection's elements. No lambdas or method references:
 * each would be a class spun at run time, which a cold start pays for.
 */
final class ValueCode {
    static final ClassName JSON_VALUES = ClassName.get("dev.driverkit.spec", "JsonValues");

    private final Types types;

    ValueCode(Types types) {
        this.types = types;
    }

    /** {@code JsonValues.readInt(parser)} and the like. */
    CodeBlock read(SpecType type, String parser) {
        if (type instanceof SpecType.Scalar scalar) {
            return CodeBlock.of("$T.$L($L)", JSON_VALUES, scalar.row().reader(scalar.primitive()), parser);
        }
        if (type instanceof SpecType.EnumValue) {
            return CodeBlock.of("$T.$L($L, $T.values())", JSON_VALUES, SpecValueType.ENUM.reader(false), parser,
                    rawType(type));
        }
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, elements.row().reader(false), parser,
                    element(elements.element()));
        }
        SpecType.Entries entries = (SpecType.Entries) type;
        return CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, SpecValueType.MAP.reader(false), parser,
                element(entries.value()));
    }

    /** {@code JsonValues.writeInt(generator, value)} and the like. */
    CodeBlock write(SpecType type, String generator, CodeBlock value) {
        SpecValueType row = row(type);
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.$L($L, $L, $L)", JSON_VALUES, row.writer(), generator, value,
                    element(elements.element()));
        }
        if (type instanceof SpecType.Entries entries) {
            return CodeBlock.of("$T.$L($L, $L, $L)", JSON_VALUES, row.writer(), generator, value,
                    element(entries.value()));
        }
        return CodeBlock.of("$T.$L($L, $L)", JSON_VALUES, row.writer(), generator, value);
    }

    /**
     * How a collection's elements are read and written: the row's {@code JsonValues} constant for a
     * scalar (boxed or not), its factory for the rest.
     */
    private CodeBlock element(SpecType type) {
        SpecValueType row = row(type);
        if (!row.elementIsFactory()) {
            return CodeBlock.of("$T.$L", JSON_VALUES, row.element());
        }
        if (type instanceof SpecType.EnumValue) {
            return CodeBlock.of("$T.$L($T.values())", JSON_VALUES, row.element(), rawType(type));
        }
        if (type instanceof SpecType.Elements elements) {
            return CodeBlock.of("$T.$L($L)", JSON_VALUES, row.element(), element(elements.element()));
        }
        return CodeBlock.of("$T.$L($L)", JSON_VALUES, row.element(), element(((SpecType.Entries) type).value()));
    }

    /** The table's row of a supported type. */
    static SpecValueType row(SpecType type) {
        if (type instanceof SpecType.Scalar scalar) {
            return scalar.row();
        }
        if (type instanceof SpecType.EnumValue) {
            return SpecValueType.ENUM;
        }
        if (type instanceof SpecType.Elements elements) {
            return elements.row();
        }
        if (type instanceof SpecType.Entries) {
            return SpecValueType.MAP;
        }
        throw new IllegalArgumentException("not a supported type: " + type);
    }

    private TypeName rawType(SpecType type) {
        return TypeName.get(types.erasure(type.type()));
    }
}
