package dev.driverkit.processor.validation;

import dev.driverkit.processor.model.SpecTypes;
import dev.driverkit.spec.SpecValueType;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Types;

/**
 * DK033's advice: the supported type nearest to the one a {@code @Spec} field declares. Arrays become
 * lists, {@code Optional<T>} a nullable {@code T}, a class of the program a JSON object
 * ({@code Map<String, Object>}) or its fields as {@code @Spec} fields, and the JDK types the runtime's
 * table knows a replacement for ({@link SpecValueType#nearestFor}) that replacement: {@code File} a
 * {@code String}, {@code Date} an {@code Instant}, {@code ArrayList} a {@code List}.
 */
final class NearestSpecType {
    private final Types types;

    NearestSpecType(Types types) {
        this.types = types;
    }

    /** What to write instead of {@code type}, as the first part of DK033's fix. */
    String advice(TypeMirror type) {
        String written = TypeText.of(type);
        if (type.getKind() == TypeKind.DECLARED) {
            DeclaredType declared = (DeclaredType) type;
            String name = qualifiedName(declared);
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (name.equals("java.util.Optional") && arguments.size() == 1) {
                return "use a nullable " + nearest(arguments.get(0), true) + " instead of " + written
                        + " (null means not set, and is left out when written)";
            }
            if (name.startsWith("java.util.Optional") && SpecValueType.nearestFor(name) != null) {
                return "use a nullable " + nearest(type, true) + " instead of " + written
                        + " (null means not set, and is left out when written)";
            }
            if (isProgramClass(declared)) {
                return "make the fields of " + written + " @Spec fields of the driver, or hold it as one JSON object"
                        + " with Map<String, Object>";
            }
        }
        return "use " + nearest(type, false) + " instead of " + written;
    }

    /**
     * The supported type nearest to {@code type}, as source writes it.
     *
     * @param boxed whether a primitive must be boxed (an element, a value that may be null)
     */
    private String nearest(TypeMirror type, boolean boxed) {
        if (SpecTypes.classify(type, types).firstUnsupported() == null) {
            return boxed && type.getKind().isPrimitive() ? rowText(rowOfPrimitive(type), true) : TypeText.of(type);
        }
        switch (type.getKind()) {
            case ARRAY -> {
                TypeMirror component = ((ArrayType) type).getComponentType();
                SpecValueType row = SpecValueType.nearestFor(TypeText.of(type));
                if (row != null && component.getKind().isPrimitive()) {
                    return rowText(row, boxed); // char[] and byte[]: text
                }
                return "List<" + nearest(component, true) + ">";
            }
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                TypeMirror bound = wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
                return bound == null ? "Object" : nearest(bound, boxed);
            }
            case TYPEVAR -> {
                return nearest(((TypeVariable) type).getUpperBound(), boxed);
            }
            case DECLARED -> {
                return nearestDeclared((DeclaredType) type, boxed);
            }
            default -> {
                return "Object";
            }
        }
    }

    private String nearestDeclared(DeclaredType type, boolean boxed) {
        String name = qualifiedName(type);
        List<? extends TypeMirror> arguments = type.getTypeArguments();
        if (name.equals("java.util.Optional")) {
            return arguments.size() == 1 ? nearest(arguments.get(0), true) : "Object";
        }
        SpecValueType row = SpecValueType.ofClass(name);
        if (row == null) {
            row = SpecValueType.nearestFor(name);
        }
        if (row == SpecValueType.LIST || row == SpecValueType.SET) {
            String element = arguments.size() == 1 ? nearest(arguments.get(0), true) : "String";
            return row.simpleName() + "<" + element + ">";
        }
        if (row == SpecValueType.MAP) {
            String value = arguments.size() == 2 ? nearest(arguments.get(1), true) : "Object";
            return "Map<String, " + value + ">";
        }
        if (row != null) {
            // an Optional holds a value that may be missing: its replacement is the box
            return rowText(row, boxed || name.startsWith("java.util.Optional"));
        }
        if (isProgramClass(type)) {
            return "Map<String, Object>";
        }
        return "String"; // another JDK value type: its text form, converted where it is used
    }

    /** A class, record or interface of the program (or a library), not of the JDK: its data is its fields. */
    private static boolean isProgramClass(DeclaredType type) {
        String name = qualifiedName(type);
        ElementKind kind = type.asElement().getKind();
        return !name.startsWith("java.") && !name.startsWith("javax.") && kind != ElementKind.ENUM;
    }

    private static String rowText(SpecValueType row, boolean boxed) {
        return row.primitive() != null && !boxed ? row.primitive() : row.simpleName();
    }

    private static SpecValueType rowOfPrimitive(TypeMirror type) {
        return SpecValueType.ofPrimitive(type.getKind().name().toLowerCase(Locale.ROOT));
    }

    private static String qualifiedName(DeclaredType type) {
        return ((TypeElement) type.asElement()).getQualifiedName().toString();
    }
}
