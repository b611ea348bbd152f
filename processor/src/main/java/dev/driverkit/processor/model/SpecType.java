package dev.driverkit.processor.model;

import dev.driverkit.spec.SpecValueType;
import javax.lang.model.type.TypeMirror;

/**
 * The JSON shape of a {@code @Spec} field's type, or why it has none. Each supported shape names its row
 * of the runtime's table of types ({@link SpecValueType}), which says how it is read, written and
 * described.
 */
public sealed interface SpecType {
    /** The Java type, as declared. */
    TypeMirror type();

    /**
     * A value written as one JSON scalar.
     *
     * @param row its row of the table
     * @param primitive whether a Java primitive holds it (never null, so always written)
     */
    record Scalar(TypeMirror type, SpecValueType row, boolean primitive) implements SpecType {}

    /** An enum constant, written as its name ({@link SpecValueType#ENUM}). */
    record EnumValue(TypeMirror type) implements SpecType {}

    /** A {@code List} or {@code Set}, written as a JSON array ({@link SpecValueType#LIST}, {@link SpecValueType#SET}). */
    record Elements(TypeMirror type, boolean set, SpecType element) implements SpecType {
        public SpecValueType row() {
            return set ? SpecValueType.SET : SpecValueType.LIST;
        }
    }

    /** A {@code Map<String, V>}, written as a JSON object ({@link SpecValueType#MAP}). */
    record Entries(TypeMirror type, SpecType value) implements SpecType {}

    /** A type a spec cannot hold; {@code reason} adds detail to the message (may be empty). */
    record Unsupported(TypeMirror type, String reason) implements SpecType {}

    /** The first part of this type a spec cannot hold, or null when it can hold all of it. */
    default Unsupported firstUnsupported() {
        if (this instanceof Unsupported unsupported) {
            return unsupported;
        }
        if (this instanceof Elements elements) {
            return elements.element().firstUnsupported();
        }
        if (this instanceof Entries entries) {
            return entries.value().firstUnsupported();
        }
        return null;
    }
}
