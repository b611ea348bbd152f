package dev.driverkit.spec;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;

/**
 * JSON paths in the {@code $.a.b[0]} form used by every spec error. Readers build none while a spec
 * reads well: the path of a fault is derived from the parser's context when the error is thrown.
 */
public final class SpecPaths {
    public static final String ROOT = "$";

    private SpecPaths() {}

    public static String child(String parent, String key) {
        StringBuilder path = new StringBuilder(parent.length() + key.length() + 5).append(parent);
        appendKey(path, key);
        return path.toString();
    }

    /**
     * The path of the value at the parser's current token. On the token that opens an object or array
     * the parser's context is already the new container's, so the value's slot is its parent's.
     */
    public static String of(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && context != null) {
            context = context.getParent();
        }
        return of(context, false);
    }

    /**
     * The path a parsing context stands for.
     *
     * @param withoutInnermostKey leave out the innermost object's current key (when the parser stands
     *     between that object's entries, the key is the last one read, not where the parser is)
     */
    static String of(JsonStreamContext innermost, boolean withoutInnermostKey) {
        StringBuilder path = new StringBuilder(32);
        append(path, innermost, innermost, withoutInnermostKey);
        return bounded(path);
    }

    /** The longest path an error shows: a path of many long keys is cut in the middle. */
    static final int MAX_CHARS = 300;

    /**
     * The path, or, when it is longer than {@link #MAX_CHARS} (a hostile spec nests long keys 100 deep),
     * its start and its end, where the fault is, with how much was left out between them (found by
     * SpecFuzzTest: each key is cut, but their number is not).
     */
    private static String bounded(StringBuilder path) {
        if (path.length() <= MAX_CHARS) {
            return path.toString();
        }
        int head = 100;
        int tail = MAX_CHARS - head - 40;
        if (Character.isLowSurrogate(path.charAt(head))) {
            head--;
        }
        int tailStart = path.length() - tail;
        if (Character.isLowSurrogate(path.charAt(tailStart))) {
            tailStart++;
        }
        return path.substring(0, head) + "...(" + (tailStart - head) + " chars)..." + path.substring(tailStart);
    }

    private static void append(StringBuilder path, JsonStreamContext context, JsonStreamContext innermost,
            boolean withoutInnermostKey) {
        if (context == null || context.inRoot()) {
            path.append(ROOT);
            return;
        }
        append(path, context.getParent(), innermost, withoutInnermostKey);
        if (context.inArray()) {
            path.append('[').append(Math.max(0, context.getCurrentIndex())).append(']');
        } else if (context.getCurrentName() != null && !(context == innermost && withoutInnermostKey)) {
            appendKey(path, context.getCurrentName());
        }
    }

    /** A key as {@code .key}, or {@code ['a key']}; a long key is cut and control characters escaped ({@link Excerpt}). */
    private static void appendKey(StringBuilder path, String key) {
        if (key.length() <= Excerpt.MAX_CHARS && isPlain(key)) {
            path.append('.').append(key);
        } else {
            path.append("['").append(Excerpt.of(key).replace("'", "\\'")).append("']");
        }
    }

    private static boolean isPlain(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }
}
