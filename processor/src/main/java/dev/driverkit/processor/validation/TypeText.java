package dev.driverkit.processor.validation;

import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/** Types as a reader writes them in source: simple names with type arguments. */
final class TypeText {
    private TypeText() {}

    static String of(TypeMirror type) {
        return switch (type.getKind()) {
            case DECLARED -> {
                DeclaredType declared = (DeclaredType) type;
                String name = name(declared);
                yield declared.getTypeArguments().isEmpty() ? name : name + declared.getTypeArguments().stream()
                        .map(TypeText::of).collect(Collectors.joining(", ", "<", ">"));
            }
            case ARRAY -> of(((ArrayType) type).getComponentType()) + "[]";
            case WILDCARD -> {
                WildcardType wildcard = (WildcardType) type;
                yield wildcard.getExtendsBound() != null ? "? extends " + of(wildcard.getExtendsBound())
                        : wildcard.getSuperBound() != null ? "? super " + of(wildcard.getSuperBound()) : "?";
            }
            case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID -> type.getKind().name().toLowerCase(java.util.Locale.ROOT);
            default -> type.toString();
        };
    }

    /**
     * The name with its enclosing types, as source outside them writes it: {@code Flow.Publisher},
     * {@code Outer<String>.Inner} for an inner class of a generic class.
     */
    private static String name(DeclaredType declared) {
        String simple = declared.asElement().getSimpleName().toString();
        TypeMirror enclosingType = declared.getEnclosingType();
        if (enclosingType.getKind() == TypeKind.DECLARED) {
            return of(enclosingType) + "." + simple;
        }
        Element enclosing = declared.asElement().getEnclosingElement();
        StringBuilder name = new StringBuilder(simple);
        while (enclosing != null && (enclosing.getKind().isClass() || enclosing.getKind().isInterface())) {
            name.insert(0, enclosing.getSimpleName() + ".");
            enclosing = enclosing.getEnclosingElement();
        }
        return name.toString();
    }

    /** {@code (SparkSession session, ReadRequest request)} */
    static String parameters(ExecutableElement method) {
        return method.getParameters().stream()
                .map(p -> of(p.asType()) + " " + p.getSimpleName())
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
