package dev.driverkit.registry;

/**
 * Where and how registry entries are stored; shared by the processor (which writes them) and the
 * runtime (which reads them).
 *
 * <p>Each driver gets its own entry, {@code driverkit/registry/<sources|targets>/<kind>.properties}:
 * one small file per kind. Files of different kinds never share a name, so a fat jar keeps every one
 * of them (no merge transformer needed), and a lookup by kind reads one file and loads one class.
 * Upper-case letters in a kind become {@code .} plus the lower-case letter, so kinds that differ only
 * in case ({@code v3ioStream}, {@code v3iostream}) stay distinct on case-insensitive file systems.
 */
public final class RegistryFormat {
    /**
     * The folder that holds every entry. Not under {@code META-INF}: javac's file manager does not
     * look into jar folders whose names are not Java identifiers, so the processor could not find
     * entries of jars on the compile class path there (duplicate kinds across jars would go unseen).
     */
    public static final String ROOT = "driverkit/registry/";
    public static final String SUFFIX = ".properties";
    /** Appended to the driver's class name (nested names joined by {@code _}) to name its spec codec. */
    public static final String CODEC_SUFFIX = "_SpecCodec";
    /**
     * The simple name of the driver's engine adapter (see {@code dev.driverkit.engine.Roles}), a class
     * nested in its spec codec: one generated source per driver.
     */
    public static final String ADAPTER_NAME = "Adapter";

    public static final String KEY_KIND = "kind";
    public static final String KEY_CLASS = "class";
    public static final String KEY_CODEC = "codec";
    public static final String KEY_ENGINES = "engines";
    public static final String KEY_FORMAT = "format";
    /** Format version of the entries; a runtime refuses entries of a newer format. */
    public static final int FORMAT_VERSION = 1;

    /**
     * The syntax of a kind, checked by the processor (DK002) and by the runtime before any lookup: a
     * kind becomes a resource name, so nothing that could leave the registry folder ({@code ../}, {@code /})
     * gets that far. Kinds are case-sensitive.
     */
    public static final String KIND_SYNTAX = "[A-Za-z][A-Za-z0-9_-]*";
    /**
     * The longest kind: its entry file name (an upper-case letter takes two characters, plus
     * {@code .properties}) then stays within the 255 bytes every common file system allows.
     */
    public static final int MAX_KIND_LENGTH = 100;

    private RegistryFormat() {}

    /** Whether {@code kind} is a well-formed kind: {@link #KIND_SYNTAX}, at most {@link #MAX_KIND_LENGTH} characters. */
    public static boolean isValidKind(String kind) {
        if (kind.isEmpty() || kind.length() > MAX_KIND_LENGTH || !isKindStart(kind.charAt(0))) {
            return false;
        }
        for (int i = 1; i < kind.length(); i++) {
            if (!isKindPart(kind.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a kind may start with {@code c}: an ASCII letter. */
    public static boolean isKindStart(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** Whether a kind may contain {@code c}: an ASCII letter or digit, '_' or '-'. */
    public static boolean isKindPart(int c) {
        return isKindStart(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** The folder of one direction's entries, e.g. {@code driverkit/registry/sources}. */
    public static String folder(Direction direction) {
        return ROOT + direction.folder();
    }

    /** The resource name of the entry for {@code kind}. */
    public static String entryPath(Direction direction, String kind) {
        return folder(direction) + "/" + fileName(kind) + SUFFIX;
    }

    static String fileName(String kind) {
        StringBuilder name = new StringBuilder(kind.length() + 4);
        for (int i = 0; i < kind.length(); i++) {
            char c = kind.charAt(i);
            if (Character.isUpperCase(c)) {
                name.append('.').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    /**
     * The binary name of the generated spec codec for a driver class: {@code com.acme.Outer$Csv}
     * becomes {@code com.acme.Outer_Csv_SpecCodec}.
     */
    public static String codecClassName(String driverBinaryName) {
        return driverBinaryName.replace('$', '_') + CODEC_SUFFIX;
    }

    /**
     * The binary name of the generated engine adapter for a driver class, nested in its spec codec:
     * {@code com.acme.Csv_SpecCodec$Adapter}.
     */
    public static String adapterClassName(String driverBinaryName) {
        return codecClassName(driverBinaryName) + '$' + ADAPTER_NAME;
    }
}
