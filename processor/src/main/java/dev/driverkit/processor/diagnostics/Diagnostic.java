package dev.driverkit.processor.diagnostics;

import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor emits: a stable code, a severity, what is wrong and how to fix it.
 * The single source for the processor, docs/errors.md (a test keeps the two in sync) and the tests.
 * Templates take {@link String#format} arguments.
 */
public enum Diagnostic {
    KIND_BLANK("DK001", Kind.ERROR,
            "the kind of %s is blank",
            "give the driver a kind, e.g. kind = \"%s\""),
    KIND_MALFORMED("DK002", Kind.ERROR,
            "the kind \"%s\" of %s is not a valid kind: %s",
            "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"%s\""),
    KIND_DUPLICATE("DK003", Kind.ERROR,
            "%s kind \"%s\" of %s is also declared by %s in this compilation",
            "give each %s driver its own kind"),
    KIND_DUPLICATE_ON_CLASSPATH("DK004", Kind.ERROR,
            "%s kind \"%s\" is already registered by %s, from %s on the class path",
            "choose another kind, or remove that jar from the dependencies"),

    WRONG_BASE_CLASS("DK010", Kind.ERROR,
            "%s is annotated @%s but does not extend %s",
            "declare it as: public class %s extends %s"),
    NOT_PUBLIC("DK011", Kind.ERROR,
            "driver class %s is not public; the registry creates drivers from other packages",
            "declare it public: public class %s"),
    ABSTRACT("DK012", Kind.ERROR,
            "driver class %s is abstract; the registry must be able to create it",
            "remove 'abstract', or move @%s to a concrete subclass"),
    INNER_CLASS("DK013", Kind.ERROR,
            "driver class %s is an inner (non-static) or local class; it cannot be created without an enclosing instance",
            "make it a top-level class, or a static nested class: public static class %s"),
    GENERIC_CLASS("DK014", Kind.ERROR,
            "driver class %s has type parameters %s; the registry cannot choose type arguments",
            "remove the type parameters, or move @%s to a subclass that fixes them"),
    NO_PUBLIC_CONSTRUCTOR("DK015", Kind.ERROR,
            "driver class %s has no public no-arg constructor; the registry creates drivers with it",
            "add: public %s() {}"),
    BOTH_DIRECTIONS("DK016", Kind.ERROR,
            "%s is annotated both @SourceDriver and @TargetDriver",
            "a class is one driver: split it into a source class and a target class"),
    NOT_A_CLASS("DK017", Kind.ERROR,
            "@%s is on %s, which is not a class",
            "put @%s on a class that extends %s"),

    SUPPORTS_EMPTY("DK020", Kind.ERROR,
            "driver %s supports no engine",
            "list at least one engine, e.g. supports = {Engine.STOREY}"),
    SUPPORTS_REPEATED("DK021", Kind.WARNING,
            "Engine.%s is listed more than once in supports of %s",
            "list each engine once"),
    METHOD_MISSING("DK022", Kind.ERROR,
            "%s %s but has no method %s",
            "add this method%s:%n    %s {%n        ...%n    }"),
    METHOD_WRONG_SIGNATURE("DK023", Kind.ERROR,
            "method %s of %s does not have the signature %s expects: %s",
            "change it to:%n    %s"),
    METHOD_FOR_UNDECLARED_ENGINE("DK024", Kind.WARNING,
            "method %s is an Engine.%s method, but %s does not list Engine.%s in supports, so no engine will call it",
            "add Engine.%s to supports, or delete the method"),
    METHOD_OVERLOADED("DK025", Kind.ERROR,
            "%s declares %s more than once; a driver method appears once per driver",
            "keep only: %s"),
    ENGINE_LIBRARY_MISSING("DK026", Kind.ERROR,
            "%s %s, but %s is not on the compile class path",
            "add %s to the dependencies with <scope>provided</scope>"),
    METHOD_NEVER_CALLED("DK027", Kind.WARNING,
            "method %s of %s is never called: %s",
            "%s"),

    SPEC_STATIC("DK030", Kind.ERROR,
            "@Spec field %s is static; a spec field belongs to each driver instance",
            "remove 'static', or remove @Spec"),
    SPEC_FINAL("DK031", Kind.ERROR,
            "@Spec field %s is final; reading a spec must be able to set it",
            "remove 'final' (keep the default value in the initializer: %s)"),
    SPEC_INACCESSIBLE("DK032", Kind.ERROR,
            "@Spec field %s %s; the generated spec codec in package %s cannot reach it",
            "make %s package-private (no modifier) in the driver's package, or public"),
    SPEC_UNSUPPORTED_TYPE("DK033", Kind.ERROR,
            "@Spec field %s has type %s, which a spec cannot hold%s",
            "use one of: String, primitives and their boxes, enums, java.time values (Instant, LocalDate,"
                    + " LocalDateTime, LocalTime, OffsetDateTime, ZonedDateTime, Duration), Object (any JSON value), or"
                    + " List, Set or Map<String, ...> of these"),
    SPEC_KEY_DUPLICATE("DK034", Kind.ERROR,
            "%s \"%s\" of %s is already used by %s",
            "%s"),
    SPEC_KEY_MALFORMED("DK035", Kind.ERROR,
            "%s \"%s\" of field %s is not valid: %s",
            "use a snake_case key of letters, digits, '_' and '-', e.g. %s"),
    SPEC_KEY_RESERVED("DK036", Kind.WARNING,
            "spec key \"%s\" of field %s is also a top-level %s spec key; inside \"attributes\" it is a different"
                    + " setting, which readers of the JSON easily confuse",
            "rename it with @Spec(name = \"...\"), or use the common field (get/set%s) the base class has"),
    CODEC_NAME_TAKEN("DK037", Kind.ERROR,
            "%s needs the class name %s for its generated spec codec, but %s",
            "rename %s or %s; a driver's generated class is named after the driver class (nested class names"
                    + " joined by '_') plus _SpecCodec"),
    SPEC_SECRET_KEYS_MISPLACED("DK038", Kind.ERROR,
            "@Spec field %s lists secretKeys, but %s",
            "%s"),

    TARGET_NEITHER_OFFLINE_NOR_ONLINE("DK040", Kind.ERROR,
            "target %s is neither offline nor online",
            "set offline = true (files, warehouses) or online = true (key-value stores serving the latest values);"
                    + " a stream that only appends (MLRun's kafka and stream targets) sets append = true instead"),
    ONLINE_TARGET_WITHOUT_STOREY("DK041", Kind.ERROR,
            "online target %s does not list Engine.STOREY; online targets are fed by the event stream, through the"
                    + " writer that addWriterStep returns",
            "add Engine.STOREY to supports (and the addWriterStep method the compiler then asks for)"),
    APPEND_WITHOUT_APPENDING_ENGINE("DK042", Kind.WARNING,
            "target %s is declared append = true but supports only Engine.PANDAS, whose writeDataframe writes whole"
                    + " frames; nothing else guarantees that a write with overwrite = false adds to the existing data",
            "make writeDataframe honour request.overwrite() == false, or add Engine.STOREY or Engine.SPARK, or"
                    + " remove append = true"),

    UNRESOLVED_TYPE("DK090", Kind.ERROR,
            "driverkit could not check %s: type %s could not be resolved",
            "fix the compiler's other errors first, or add the library that declares %s"),
    PROCESSOR_PATH_INCOMPLETE("DK098", Kind.ERROR,
            "driverkit-processor cannot start: %s is missing from the annotation processor path, so no driver"
                    + " of this compilation is checked or registered",
            "put driverkit-processor on the processor path with its dependencies: Maven's annotationProcessorPaths"
                    + " and Gradle's annotationProcessor do that; with plain javac use -processorpath"
                    + " driverkit-processor.jar:driverkit-runtime.jar:jackson-core.jar"),
    INTERNAL_ERROR("DK099", Kind.ERROR,
            "driverkit-processor %s failed on %s: %s",
            "this is a defect in driverkit: report it with this message; meanwhile, check the driver against docs/errors.md and README.md");

    private final String code;
    private final Kind kind;
    private final String problem;
    private final String fix;

    Diagnostic(String code, Kind kind, String problem, String fix) {
        this.code = code;
        this.kind = kind;
        this.problem = problem;
        this.fix = fix;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** The problem template, for the catalog test. */
    public String problemTemplate() {
        return problem;
    }

    /** The fix template, for the catalog test. */
    public String fixTemplate() {
        return fix;
    }

    /**
     * The message: {@code [DK022] <problem>.} and, on the next line, {@code Fix: <fix>} (javac indents
     * continuation lines itself). The first {@code problemArgs} arguments fill
     * the problem template, the rest the fix template.
     */
    public String format(int problemArgs, Object... args) {
        Object[] problemValues = java.util.Arrays.copyOfRange(args, 0, problemArgs);
        Object[] fixValues = java.util.Arrays.copyOfRange(args, problemArgs, args.length);
        return "[" + code + "] " + String.format(problem, problemValues) + ".\nFix: "
                + String.format(fix, fixValues);
    }
}
