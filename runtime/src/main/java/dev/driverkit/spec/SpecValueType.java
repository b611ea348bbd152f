package dev.driverkit.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * The one table of what a {@code @Spec} field may hold: for each kind of value its Java types, the
 * {@link JsonValues} methods and element constant that read and write it, its JSON Schema, and the
 * unsupported types it is the nearest replacement for.
 *
 * <p>It lives in the runtime, beside the readers and writers it names, because the processor and the
 * runtime must agree on every row: the processor (which already depends on the runtime for the
 * annotations, {@code RegistryFormat} and the common fields) reads this table at compile time to allow
 * a field's type or explain why not (DK033), to name the calls in the generated codec and to write the
 * JSON Schema; {@link JsonValues} reads and writes by it at run time; and a runtime test checks that
 * every method and constant named here exists with the right signature. A type added here is read,
 * written, generated, described and allowed in one change.
 */
public enum SpecValueType {
    STRING(Group.TEXT, "java.lang.String", null, "readString", "readString", "writeString", "STRING",
            Schema.of("string"),
            "java.lang.CharSequence", "java.lang.StringBuilder", "java.io.File", "java.nio.file.Path", "java.net.URI",
            "java.net.URL", "java.util.UUID", "java.util.regex.Pattern", "java.nio.charset.Charset",
            "java.util.Locale", "java.time.ZoneId", "java.time.ZoneOffset", "java.time.Period",
            "java.time.YearMonth", "java.time.MonthDay", "java.time.Year", "java.lang.Class", "byte[]", "char[]"),
    BOOLEAN(Group.PRIMITIVE, "java.lang.Boolean", "boolean", "readBoolean", "readNullableBoolean", "writeBoolean",
            "BOOLEAN", Schema.of("boolean"), "java.util.concurrent.atomic.AtomicBoolean"),
    BYTE(Group.PRIMITIVE, "java.lang.Byte", "byte", "readByte", "readNullableByte", "writeByte", "BYTE",
            Schema.integer(Byte.MIN_VALUE, Byte.MAX_VALUE)),
    SHORT(Group.PRIMITIVE, "java.lang.Short", "short", "readShort", "readNullableShort", "writeShort", "SHORT",
            Schema.integer(Short.MIN_VALUE, Short.MAX_VALUE)),
    INT(Group.PRIMITIVE, "java.lang.Integer", "int", "readInt", "readNullableInt", "writeInt", "INT",
            Schema.integer(Integer.MIN_VALUE, Integer.MAX_VALUE),
            "java.util.concurrent.atomic.AtomicInteger", "java.util.OptionalInt"),
    LONG(Group.PRIMITIVE, "java.lang.Long", "long", "readLong", "readNullableLong", "writeLong", "LONG",
            Schema.of("integer"), "java.util.concurrent.atomic.AtomicLong", "java.util.OptionalLong",
            "java.math.BigInteger"),
    FLOAT(Group.PRIMITIVE, "java.lang.Float", "float", "readFloat", "readNullableFloat", "writeFloat", "FLOAT",
            Schema.of("number")),
    DOUBLE(Group.PRIMITIVE, "java.lang.Double", "double", "readDouble", "readNullableDouble", "writeDouble", "DOUBLE",
            Schema.of("number"), "java.util.OptionalDouble", "java.math.BigDecimal", "java.lang.Number",
            "java.util.concurrent.atomic.DoubleAdder"),
    CHAR(Group.PRIMITIVE, "java.lang.Character", "char", "readChar", "readNullableChar", "writeChar", "CHAR",
            Schema.of("string").withLength(1)),
    INSTANT(Group.TIME, "java.time.Instant", null, "readInstant", "readInstant", "writeTime", "INSTANT",
            Schema.of("string").withFormat("date-time"), "java.util.Date", "java.sql.Timestamp", "java.util.Calendar",
            "java.nio.file.attribute.FileTime"),
    LOCAL_DATE(Group.TIME, "java.time.LocalDate", null, "readLocalDate", "readLocalDate", "writeTime", "LOCAL_DATE",
            Schema.of("string").withFormat("date"), "java.sql.Date"),
    /** ISO-8601 local date-time; an offset is accepted too (the reader converts it to UTC). */
    LOCAL_DATE_TIME(Group.TIME, "java.time.LocalDateTime", null, "readLocalDateTime", "readLocalDateTime",
            "writeTime", "LOCAL_DATE_TIME",
            Schema.of("string").withPattern(
                    "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?$")),
    LOCAL_TIME(Group.TIME, "java.time.LocalTime", null, "readLocalTime", "readLocalTime", "writeTime", "LOCAL_TIME",
            Schema.of("string").withPattern("^\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?$"), "java.time.OffsetTime",
            "java.sql.Time"),
    OFFSET_DATE_TIME(Group.TIME, "java.time.OffsetDateTime", null, "readOffsetDateTime", "readOffsetDateTime",
            "writeTime", "OFFSET_DATE_TIME", Schema.of("string").withFormat("date-time")),
    ZONED_DATE_TIME(Group.TIME, "java.time.ZonedDateTime", null, "readZonedDateTime", "readZonedDateTime",
            "writeTime", "ZONED_DATE_TIME", Schema.of("string").withFormat("date-time")),
    DURATION(Group.TIME, "java.time.Duration", null, "readDuration", "readDuration", "writeDuration", "DURATION",
            Schema.of("string").withFormat("duration")),
    /** {@code Object}: any JSON value, as {@link JsonValues#readAny} reads it. */
    ANY(Group.ANY, "java.lang.Object", null, "readAny", "readAny", "writeAny", "ANY", Schema.ANYTHING),
    /**
     * Any enum, by the constant's exact name; the generated call passes the enum's {@code values()}, and
     * its schema lists the constants.
     */
    ENUM(Group.ENUM, null, null, "readEnum", "readEnum", "writeEnum", "enumElement", Schema.ANYTHING),
    /** {@code List<T>}: a JSON array; {@code T} is any type of this table. */
    LIST(Group.COLLECTION, "java.util.List", null, "readList", "readList", "writeList", "listElement",
            Schema.of("array"), "java.util.Collection", "java.lang.Iterable", "java.util.ArrayList",
            "java.util.LinkedList", "java.util.Queue", "java.util.Deque", "java.util.ArrayDeque",
            "java.util.stream.Stream"),
    /** {@code Set<T>}: a JSON array of distinct values, kept in their order. */
    SET(Group.COLLECTION, "java.util.Set", null, "readSet", "readSet", "writeList", "setElement",
            Schema.of("array").withUniqueItems(), "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
            "java.util.SortedSet", "java.util.NavigableSet", "java.util.EnumSet"),
    /** {@code Map<String, T>}: a JSON object, its keys in their order. */
    MAP(Group.COLLECTION, "java.util.Map", null, "readMap", "readMap", "writeMap", "mapElement",
            Schema.of("object"), "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
            "java.util.SortedMap", "java.util.NavigableMap", "java.util.Properties", "java.util.EnumMap",
            "java.util.concurrent.ConcurrentMap", "java.util.concurrent.ConcurrentHashMap");

    /** How the DK033 message and the docs group the types. */
    public enum Group { TEXT, PRIMITIVE, TIME, ANY, ENUM, COLLECTION }

    /**
     * The JSON Schema (draft 2020-12) keywords of a value, written in this order: {@code type} (with
     * {@code "null"} added for a value that may be null), {@code minimum}, {@code maximum},
     * {@code minLength}, {@code maxLength}, {@code uniqueItems}, {@code format}, {@code pattern}.
     *
     * @param type the JSON type, or null for any value
     */
    public record Schema(String type, Long minimum, Long maximum, Integer length, boolean uniqueItems,
            String format, String pattern) {
        static final Schema ANYTHING = new Schema(null, null, null, null, false, null, null);

        static Schema of(String type) {
            return new Schema(type, null, null, null, false, null, null);
        }

        static Schema integer(long minimum, long maximum) {
            return new Schema("integer", minimum, maximum, null, false, null, null);
        }

        Schema withLength(int exactly) {
            return new Schema(type, minimum, maximum, exactly, uniqueItems, format, pattern);
        }

        Schema withUniqueItems() {
            return new Schema(type, minimum, maximum, length, true, format, pattern);
        }

        Schema withFormat(String value) {
            return new Schema(type, minimum, maximum, length, uniqueItems, value, pattern);
        }

        Schema withPattern(String value) {
            return new Schema(type, minimum, maximum, length, uniqueItems, format, value);
        }
    }

    private final Group group;
    private final String javaType;
    private final String primitive;
    private final String reader;
    private final String nullableReader;
    private final String writer;
    private final String element;
    private final Schema schema;
    private final List<String> nearestFor;

    SpecValueType(Group group, String javaType, String primitive, String reader, String nullableReader,
            String writer, String element, Schema schema, String... nearestFor) {
        this.group = group;
        this.javaType = javaType;
        this.primitive = primitive;
        this.reader = reader;
        this.nullableReader = nullableReader;
        this.writer = writer;
        this.element = element;
        this.schema = schema;
        this.nearestFor = List.of(nearestFor);
    }

    public Group group() {
        return group;
    }

    /** The qualified name of its class (the box, for a primitive); null for {@link #ENUM}, which is any enum. */
    public String javaType() {
        return javaType;
    }

    /** Its simple name as source writes it: {@code Integer}, {@code LocalDate}, {@code List}. */
    public String simpleName() {
        return javaType == null ? "enum" : javaType.substring(javaType.lastIndexOf('.') + 1);
    }

    /** The primitive keyword ({@code int}), or null when it has no primitive form. */
    public String primitive() {
        return primitive;
    }

    /**
     * The {@link JsonValues} method that reads it: for a primitive field, the one that rejects JSON null
     * ({@code readInt}); otherwise the one that returns null for it ({@code readNullableInt}).
     */
    public String reader(boolean primitiveField) {
        return primitiveField ? reader : nullableReader;
    }

    /** The {@link JsonValues} method that writes it ({@code writeInt(JsonGenerator, int)} and the like). */
    public String writer() {
        return writer;
    }

    /**
     * How a collection's elements of this type are read and written: a {@link JsonValues} constant
     * ({@code INT}) for a scalar, or a factory method ({@code listElement}) for the others.
     */
    public String element() {
        return element;
    }

    /** Whether {@link #element()} names a factory method rather than a constant. */
    public boolean elementIsFactory() {
        return group == Group.ENUM || group == Group.COLLECTION;
    }

    public Schema schema() {
        return schema;
    }

    /**
     * The value a primitive field of this type starts with when it has no initializer (a spec then
     * holds it), or null: {@code false}, {@code 0}, {@code 0.0}; none for {@code char}, whose zero is
     * not a character a spec would hold.
     */
    public Object primitiveZero() {
        if (primitive == null) {
            return null;
        }
        return switch (this) {
            case BOOLEAN -> Boolean.FALSE;
            case FLOAT, DOUBLE -> 0.0;
            case CHAR -> null;
            default -> 0L;
        };
    }

    /**
     * The qualified names of unsupported types this type is the nearest replacement for
     * ({@code java.io.File}: a {@link #STRING} path), which DK033 suggests.
     */
    public List<String> nearestFor() {
        return nearestFor;
    }

    /** The row of a Java class by qualified name, or null. */
    public static SpecValueType ofClass(String qualifiedName) {
        for (SpecValueType type : values()) {
            if (qualifiedName.equals(type.javaType)) {
                return type;
            }
        }
        return null;
    }

    /** The row of a primitive keyword ({@code int}), or null. */
    public static SpecValueType ofPrimitive(String keyword) {
        for (SpecValueType type : values()) {
            if (keyword.equals(type.primitive)) {
                return type;
            }
        }
        return null;
    }

    /** The row that is the nearest replacement for an unsupported type, by its qualified name, or null. */
    public static SpecValueType nearestFor(String qualifiedName) {
        for (SpecValueType type : values()) {
            if (type.nearestFor.contains(qualifiedName)) {
                return type;
            }
        }
        return null;
    }

    /**
     * What a {@code @Spec} field may hold, in words, for messages and docs: {@code String, primitives and
     * their boxes, enums, java.time values (Instant, ...), Object (any JSON value), and List, Set or
     * Map<String, ...> of these}.
     */
    public static String summary() {
        List<String> parts = new ArrayList<>();
        for (Group group : new Group[] {Group.TEXT, Group.PRIMITIVE, Group.ENUM, Group.TIME, Group.ANY, Group.COLLECTION}) {
            List<String> names = new ArrayList<>();
            for (SpecValueType type : values()) {
                if (type.group == group) {
                    names.add(type.simpleName());
                }
            }
            parts.add(switch (group) {
                case TEXT -> String.join(", ", names);
                case PRIMITIVE -> "primitives and their boxes";
                case ENUM -> "enums";
                case TIME -> "java.time values (" + String.join(", ", names) + ")";
                case ANY -> "Object (any JSON value)";
                case COLLECTION -> "and " + String.join(", ", names.subList(0, names.size() - 1)) + " or "
                        + names.get(names.size() - 1) + "<String, ...> of these";
            });
        }
        return String.join(", ", parts);
    }
}
