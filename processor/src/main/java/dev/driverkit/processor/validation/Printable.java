package dev.driverkit.processor.validation;

/**
 * Text from the user's source, made readable in a message: control and invisible characters as the
 * escapes one writes in Java source ({@code \t}, {@code \u00a0}), so a tab is not printed raw.
 */
final class Printable {
    private Printable() {}

    /** The text for inside double quotes, as a Java string literal writes it: {@code a\tb}, {@code say \"hi\"}. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        text.codePoints().forEach(c -> out.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\" : escaped(c)));
        return out.toString();
    }

    /** One character, quoted: {@code 'space'}, {@code '\t'}, {@code 'é'}, {@code '\u00a0'}. */
    static String character(int codePoint) {
        return codePoint == ' ' ? "'space'" : "'" + (codePoint == '\'' ? "\\'" : escaped(codePoint)) + "'";
    }

    private static String escaped(int c) {
        switch (c) {
            case '\t': return "\\t";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\b': return "\\b";
            case '\f': return "\\f";
            default: break;
        }
        return visible(c) ? new String(Character.toChars(c)) : unicodeEscape(c);
    }

    private static boolean visible(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> false;
            default -> true;
        };
    }

    /** {@code \u00a0}; a character outside the BMP as its two UTF-16 escapes, as Java source writes it. */
    private static String unicodeEscape(int c) {
        StringBuilder out = new StringBuilder();
        for (char unit : Character.toChars(c)) {
            out.append(String.format("\\u%04x", (int) unit));
        }
        return out.toString();
    }
}
