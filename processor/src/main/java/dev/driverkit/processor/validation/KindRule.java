package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The kind is present and well formed: {@code [A-Za-z][A-Za-z0-9_-]*}, case-sensitive, at most
 * {@value #MAX_LENGTH} characters (DK001, DK002).
 */
public final class KindRule implements DriverRule {
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
    /**
     * The longest kind: its registry entry is a file named after it (an upper-case letter takes two
     * characters), and file systems allow 255 per name; MLRun's kinds are a dozen characters.
     */
    static final int MAX_LENGTH = 100;
    /** How much of an overlong kind a message quotes. */
    private static final int QUOTED_LENGTH = 40;

    /** Whether {@code kind} is a well-formed kind. */
    public static boolean isValid(String kind) {
        return kind.length() <= MAX_LENGTH && KIND.matcher(kind).matches();
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        if (AnnotationValues.isErroneous(driver.kindValue())) {
            return; // the compiler reports the unresolved name; its placeholder is no kind of the user's
        }
        Location at = new Location(driver.type(), driver.annotation(), driver.kindValue());
        String kind = driver.kind();
        String suggestion = suggestion(driver);
        if (kind.isBlank()) {
            context.report(Diagnostic.KIND_BLANK, at, driver.simpleName(), suggestion);
        } else if (!KIND.matcher(kind).matches()) {
            String cleaned = cleaned(kind);
            context.report(Diagnostic.KIND_MALFORMED, at, Printable.quoted(shortened(kind)), driver.simpleName(),
                    problem(kind), cleaned.length() < 2 || cleaned.length() > MAX_LENGTH ? suggestion : cleaned);
        } else if (kind.length() > MAX_LENGTH) {
            context.report(Diagnostic.KIND_MALFORMED, at, shortened(kind), driver.simpleName(),
                    "it has " + kind.length() + " characters, and a kind has at most " + MAX_LENGTH
                            + " (its registry entry is a file named after it)", suggestion);
        }
    }

    /** The kind, or its start when it is too long to quote whole. */
    private static String shortened(String kind) {
        return kind.length() <= QUOTED_LENGTH ? kind : kind.substring(0, QUOTED_LENGTH) + "...";
    }

    private static String problem(String kind) {
        int first = kind.codePointAt(0);
        if (!(first < 128 && Character.isLetter(first))) {
            return "it must start with a letter A-Z or a-z, not " + Printable.character(first);
        }
        return kind.codePoints().filter(c -> !(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')))
                .mapToObj(c -> Printable.character(c) + " is not allowed").findFirst().orElse("it is not allowed");
    }

    /**
     * The text as a kind: accents dropped ({@code été} gives {@code ete}), runs of other characters as
     * one '_', no leading non-letters and no trailing '_' or '-'; empty when nothing usable is left.
     */
    static String cleaned(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^A-Za-z0-9_-]+", "_")
                .replaceAll("^[^A-Za-z]+", "")
                .replaceAll("[_-]+$", "");
    }

    /** A kind derived from the class name: {@code CsvSource} gives {@code csv}. */
    static String suggestion(DriverModel driver) {
        String name = cleaned(driver.simpleName().replaceAll("(Source|Target|Driver)$", ""));
        return name.isEmpty() ? "xyz" : name.toLowerCase(Locale.ROOT);
    }
}
