package dev.driverkit.spec;

/**
 * Text from a spec as error messages show it: at most {@value #MAX_CHARS} characters of it, then how long
 * it was, with control characters escaped. A spec may come from anyone; a 10 MB kind must not make a
 * 10 MB message, and a line break in a key must not start a forged line in a log.
 */
public final class Excerpt {
    /** How much of a text a message shows. */
    public static final int MAX_CHARS = 80;

    private Excerpt() {}

    /** {@code text} cut to {@value #MAX_CHARS} characters plus {@code "... (N chars)"}, control characters escaped. */
    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return escaped(text, text.length());
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return escaped(text, end) + "... (" + text.length() + " chars)";
    }

    private static String escaped(String text, int end) {
        int i = 0;
        while (i < end && !needsEscape(text.charAt(i))) {
            i++;
        }
        if (i == end) {
            return end == text.length() ? text : text.substring(0, end);
        }
        StringBuilder out = new StringBuilder(end + 16).append(text, 0, i);
        for (; i < end; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Control characters, and the Unicode line and paragraph separators. */
    private static boolean needsEscape(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
