package dev.driverkit.processor.model;

import dev.driverkit.spec.SpecValueType;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Classifies the Java type of a {@code @Spec} field into its JSON shape, by the runtime's table ({@link SpecValueType}). */
public final class SpecTypes {
    private SpecTypes() {}

    public static SpecType classify(TypeMirror type, Types types) {
        if (type.getKind().isPrimitive()) {
            SpecValueType row = SpecValueType.ofPrimitive(type.getKind().name().toLowerCase(Locale.ROOT));
            return row == null ? new SpecType.Unsupported(type, "") : new SpecType.Scalar(type, row, true);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return new SpecType.Unsupported(type, "");
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        if (element.getKind() == ElementKind.ENUM) {
            return new SpecType.EnumValue(type);
        }
        SpecValueType row = SpecValueType.ofClass(element.getQualifiedName().toString());
        if (row == null) {
            return new SpecType.Unsupported(type, "");
        }
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        switch (row) {
            case LIST, SET -> {
                if (arguments.size() != 1) {
                    return new SpecType.Unsupported(type, " (a raw " + element.getSimpleName()
                            + ": give its element type, e.g. " + element.getSimpleName() + "<String>)");
                }
                return new SpecType.Elements(type, row == SpecValueType.SET, element(arguments.get(0), types));
            }
            case MAP -> {
                if (arguments.size() != 2) {
                    return new SpecType.Unsupported(type, " (a raw Map: give its types, e.g. Map<String, String>)");
                }
                TypeMirror key = arguments.get(0);
                if (key.getKind() != TypeKind.DECLARED
                        || !((TypeElement) ((DeclaredType) key).asElement()).getQualifiedName().contentEquals("java.lang.String")) {
                    return new SpecType.Unsupported(type, " (JSON object keys are strings: use Map<String, ...>)");
                }
                return new SpecType.Entries(type, element(arguments.get(1), types));
            }
            default -> {
                return new SpecType.Scalar(type, row, false);
            }
        }
    }

    /** A collection element or map value: a wildcard is not a type a reader can create. */
    private static SpecType element(TypeMirror type, Types types) {
        if (type.getKind() == TypeKind.WILDCARD || type.getKind() == TypeKind.TYPEVAR) {
            return new SpecType.Unsupported(type, " (use a concrete element type, not a wildcard or type variable)");
        }
        return classify(type, types);
    }
}
