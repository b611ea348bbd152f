package dev.driverkit.processor.diagnostics;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic.Kind;

/**
 * Every diagnostic the processor emits: a stable code, a severity, what is wrong and how to fix it.
 * The single source for the processor, docs/errors.md (a test keeps the two in sync) and the tests.
 * Templates take {@link String#format} arguments; each template's count is derived from its text, so a
 * caller passes the problem's arguments and then the fix's, and nothing else.
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
            "give each %s driver its own kind, e.g. kind = \"%s\" (still free)"),
    KIND_DUPLICATE_ON_CLASSPATH("DK004", Kind.ERROR,
            "%s kind \"%s\" is already registered by %s, from %s on the class path",
            "choose another kind, or remove that jar from the dependencies"),

    WRONG_BASE_CLASS("DK010", Kind.ERROR,
            "%s is annotated @%s but does not extend %s%s",
            "declare it as: public class %s extends %s%s"),
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
            "driver class %s has no public no-arg constructor%s; the registry creates drivers with it",
            "%s: public %s()%s"),
    BOTH_DIRECTIONS("DK016", Kind.ERROR,
            "%s is annotated both @SourceDriver and @TargetDriver",
            "a class is one driver: split it into a source class and a target class"),
    NOT_A_CLASS("DK017", Kind.ERROR,
            "@%s is on %s, which is not a class",
            "put @%s on a class that extends %s"),
    NESTED_IN_PRIVATE_CLASS("DK018", Kind.ERROR,
            "driver class %s is nested in %s, which is private; the generated spec codec in package %s cannot reach it",
            "remove 'private' from %s"),

    SUPPORTS_EMPTY("DK020", Kind.ERROR,
            "driver %s supports no engine",
            "list at least one engine, e.g. supports = {Engine.STOREY}"),
    SUPPORTS_REPEATED("DK021", Kind.WARNING,
            "Engine.%s is listed more than once in supports of %s",
            "list each engine once"),
    METHOD_MISSING("DK022", Kind.ERROR,
            "%s %s but has no method %s%s",
            "%s%s:%n    %s {%n        ...%n    }"),
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
            "add the engine's library to the dependencies, as provided (the version driverkit is built and tested"
                    + " with):%n%s%s"),
    METHOD_NEVER_CALLED("DK027", Kind.WARNING,
            "method %s of %s is never called: %s",
            "%s"),
    METHOD_THROWS_CHECKED("DK028", Kind.ERROR,
            "method %s of %s declares the checked exception %s, but engines call it through %s, which throws none",
            "handle it inside the method, or rethrow it unchecked (e.g. new UncheckedIOException(e)), and remove"
                    + " it from the throws clause"),

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
            "%s; a spec holds %s"),
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
    CODEC_NAME_TOO_LONG("DK038", Kind.ERROR,
            "the name of %s is too long for its generated classes: the class file %s would have %s characters, and"
                    + " file systems allow %s",
            "shorten the name of %s%s"),
    CODEC_FROM_EARLIER_BUILD("DK039", Kind.ERROR,
            "the spec codec %s of %s from an earlier build is on the class path, and this compiler will not write a"
                    + " class that already exists",
            "delete the earlier build's classes (mvn clean, or the IDE's clean) and compile again"),
    CODEC_NAME_TAKEN("DK037", Kind.ERROR,
            "%s needs the class name %s for its generated spec codec, but %s",
            "rename %s or %s; a driver's generated class is named after the driver class (nested class names"
                    + " joined by '_') plus _SpecCodec"),
    SPEC_SECRET_KEYS_MISPLACED("DK050", Kind.ERROR,
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
    private final int problemArgs;
    private final int fixArgs;

    Diagnostic(String code, Kind kind, String problem, String fix) {
        this.code = code;
        this.kind = kind;
        this.problem = problem;
        this.fix = fix;
        this.problemArgs = argumentCount(problem);
        this.fixArgs = argumentCount(fix);
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

    /** How many arguments the problem template takes: the first ones of {@link #format}. */
    public int problemArgumentCount() {
        return problemArgs;
    }

    /** How many arguments the fix template takes: those after the problem's. */
    public int fixArgumentCount() {
        return fixArgs;
    }

    /**
     * The message: {@code [DK022] <problem>.} and, on the next line, {@code Fix: <fix>} (javac indents
     * continuation lines itself). The arguments fill the problem template, then the fix template.
     *
     * @throws IllegalArgumentException when the arguments are not as many as the two templates take
     *     (a defect of the caller, which the processor reports as DK099 rather than print a wrong message)
     */
    public String format(Object... args) {
        if (args.length != problemArgs + fixArgs) {
            throw new IllegalArgumentException(code + " takes " + problemArgs + " + " + fixArgs
                    + " arguments (problem + fix), not " + args.length);
        }
        Object[] problemValues = Arrays.copyOfRange(args, 0, problemArgs);
        Object[] fixValues = Arrays.copyOfRange(args, problemArgs, args.length);
        return "[" + code + "] " + String.format(problem, problemValues) + ".\nFix: "
                + String.format(fix, fixValues);
    }

    /**
     * The number of arguments a template consumes: one per specifier without an explicit index, or the
     * highest explicit index ({@code %2$s}); {@code %n}, {@code %%} and {@code %<s} consume none.
     */
    static int argumentCount(String template) {
        int ordinary = 0;
        int highestIndex = 0;
        Matcher specifier = Specifier.PATTERN.matcher(template);
        while (specifier.find()) {
            char conversion = specifier.group(6).charAt(0);
            if (conversion == 'n' || conversion == '%' || specifier.group(2) != null && specifier.group(2).contains("<")) {
                continue;
            }
            if (specifier.group(1) != null) {
                highestIndex = Math.max(highestIndex, Integer.parseInt(specifier.group(1).replace("$", "")));
            } else {
                ordinary++;
            }
        }
        return Math.max(ordinary, highestIndex);
    }

    /** Holds the pattern: an enum's own static fields are not set yet while its constants are built. */
    private static final class Specifier {
        /** A {@link java.util.Formatter} format specifier. */
        static final Pattern PATTERN =
                Pattern.compile("%(\\d+\\$)?([-#+ 0,(<]*)?(\\d+)?(\\.\\d+)?([tT])?([a-zA-Z%])");
    }
}
