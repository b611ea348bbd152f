package dev.driverkit.spec;

/** JSON paths in the {@code $.a.b[0]} form used by every spec error. */
public final class SpecPaths {
    public static final String ROOT = "$";

    private SpecPaths() {}

    public static String child(String parent, String key) {
        boolean plain = !key.isEmpty() && key.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
        return plain ? parent + "." + key : parent + "['" + key.replace("'", "\\'") + "']";
    }
}
