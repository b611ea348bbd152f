package dev.driverkit.processor.model;

import javax.lang.model.type.TypeMirror;

/** The JSON shape of a {@code @Spec} field's type, or why it has none. */
public sealed interface SpecType {
    /** The Java type, as declared. */
    TypeMirror type();

    /** A value written as one JSON scalar. */
    record Scalar(TypeMirror type, ScalarKind kind) implements SpecType {}

    /** An enum constant, written as its name. */
    record EnumValue(TypeMirror type) implements SpecType {}

    /** A {@code List} or {@code Set}, written as a JSON array. */
    record Elements(TypeMirror type, boolean set, SpecType element) implements SpecType {}

    /** A {@code Map<String, V>}, written as a JSON object. */
    record Entries(TypeMirror type, SpecType value) implements SpecType {}

    /** A type a spec cannot hold; {@code reason} adds detail to the message (may be empty). */
    record Unsupported(TypeMirror type, String reason) implements SpecType {}

    /** The scalar types, by JSON form; boxed variants accept JSON null. */
    enum ScalarKind {
        STRING, BOOLEAN, BOXED_BOOLEAN, BYTE, BOXED_BYTE, SHORT, BOXED_SHORT, INT, BOXED_INT, LONG, BOXED_LONG,
        FLOAT, BOXED_FLOAT, DOUBLE, BOXED_DOUBLE, CHAR, BOXED_CHAR,
        INSTANT, LOCAL_DATE, LOCAL_DATE_TIME, LOCAL_TIME, OFFSET_DATE_TIME, ZONED_DATE_TIME, DURATION,
        /** {@code Object}: any JSON value, as String, Long, Double, Boolean, List, Map or null. */
        ANY;

        /** Whether a Java primitive holds it (never null, so always written). */
        public boolean primitive() {
            return !name().startsWith("BOXED_") && ordinal() <= CHAR.ordinal() && this != STRING;
        }
    }

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
