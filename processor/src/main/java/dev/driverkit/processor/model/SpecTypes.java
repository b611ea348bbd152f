package dev.driverkit.processor.model;

import dev.driverkit.processor.model.SpecType.ScalarKind;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/** Classifies the Java type of a {@code @Spec} field into its JSON shape. */
final class SpecTypes {
    private static final Map<TypeKind, ScalarKind> PRIMITIVES = Map.of(
            TypeKind.BOOLEAN, ScalarKind.BOOLEAN, TypeKind.BYTE, ScalarKind.BYTE, TypeKind.SHORT, ScalarKind.SHORT,
            TypeKind.INT, ScalarKind.INT, TypeKind.LONG, ScalarKind.LONG, TypeKind.FLOAT, ScalarKind.FLOAT,
            TypeKind.DOUBLE, ScalarKind.DOUBLE, TypeKind.CHAR, ScalarKind.CHAR);

    private static final Map<String, ScalarKind> DECLARED = Map.ofEntries(
            Map.entry("java.lang.String", ScalarKind.STRING),
            Map.entry("java.lang.Boolean", ScalarKind.BOXED_BOOLEAN),
            Map.entry("java.lang.Byte", ScalarKind.BOXED_BYTE),
            Map.entry("java.lang.Short", ScalarKind.BOXED_SHORT),
            Map.entry("java.lang.Integer", ScalarKind.BOXED_INT),
            Map.entry("java.lang.Long", ScalarKind.BOXED_LONG),
            Map.entry("java.lang.Float", ScalarKind.BOXED_FLOAT),
            Map.entry("java.lang.Double", ScalarKind.BOXED_DOUBLE),
            Map.entry("java.lang.Character", ScalarKind.BOXED_CHAR),
            Map.entry("java.time.Instant", ScalarKind.INSTANT),
            Map.entry("java.time.LocalDate", ScalarKind.LOCAL_DATE),
            Map.entry("java.time.LocalDateTime", ScalarKind.LOCAL_DATE_TIME),
            Map.entry("java.time.LocalTime", ScalarKind.LOCAL_TIME),
            Map.entry("java.time.OffsetDateTime", ScalarKind.OFFSET_DATE_TIME),
            Map.entry("java.time.ZonedDateTime", ScalarKind.ZONED_DATE_TIME),
            Map.entry("java.time.Duration", ScalarKind.DURATION),
            Map.entry("java.lang.Object", ScalarKind.ANY));

    private SpecTypes() {}

    static SpecType classify(TypeMirror type, Types types) {
        ScalarKind primitive = PRIMITIVES.get(type.getKind());
        if (primitive != null) {
            return new SpecType.Scalar(type, primitive);
        }
        if (type.getKind() != TypeKind.DECLARED) {
            return new SpecType.Unsupported(type, "");
        }
        DeclaredType declared = (DeclaredType) type;
        TypeElement element = (TypeElement) declared.asElement();
        String name = element.getQualifiedName().toString();
        ScalarKind scalar = DECLARED.get(name);
        if (scalar != null) {
            return new SpecType.Scalar(type, scalar);
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new SpecType.EnumValue(type);
        }
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        switch (name) {
            case "java.util.List", "java.util.Set" -> {
                if (arguments.size() != 1) {
                    return new SpecType.Unsupported(type, " (a raw " + element.getSimpleName()
                            + ": give its element type, e.g. " + element.getSimpleName() + "<String>)");
                }
                return new SpecType.Elements(type, name.endsWith("Set"), element(arguments.get(0), types));
            }
            case "java.util.Map" -> {
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
                return new SpecType.Unsupported(type, "");
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
