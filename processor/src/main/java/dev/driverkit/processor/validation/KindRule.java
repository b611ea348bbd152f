package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.registry.RegistryFormat;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The kind is present and well formed, case-sensitive (DK001, DK002): the runtime's one definition,
 * {@link RegistryFormat#isValidKind} ({@code [A-Za-z][A-Za-z0-9_-]*}, at most
 * {@value RegistryFormat#MAX_KIND_LENGTH} characters), which the runtime checks again before any lookup.
 */
public final class KindRule implements DriverRule {
    /** How much of an overlong kind a message quotes. */
    private static final int QUOTED_LENGTH = 40;

    /** Whether {@code kind} is a well-formed kind. */
    public static boolean isValid(String kind) {
        return RegistryFormat.isValidKind(kind);
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
        } else if (!RegistryFormat.isValidKind(kind)) {
            String cleaned = cleaned(kind);
            context.report(Diagnostic.KIND_MALFORMED, at, Printable.quoted(shortened(kind)), driver.simpleName(), problem(kind),
                    cleaned.length() < 2 || cleaned.length() > RegistryFormat.MAX_KIND_LENGTH ? suggestion : cleaned);
        }
    }

    /** The kind, or its start when it is too long to quote whole. */
    private static String shortened(String kind) {
        return kind.length() <= QUOTED_LENGTH ? kind : kind.substring(0, QUOTED_LENGTH) + "...";
    }

    private static String problem(String kind) {
        int first = kind.codePointAt(0);
        if (!RegistryFormat.isKindStart(first)) {
            return "it must start with a letter A-Z or a-z, not " + Printable.character(first);
        }
        return kind.codePoints().filter(c -> !RegistryFormat.isKindPart(c))
                .mapToObj(c -> Printable.character(c) + " is not allowed").findFirst()
                .orElse("it has " + kind.length() + " characters, and a kind has at most " + RegistryFormat.MAX_KIND_LENGTH
                        + " (its registry entry is a file named after it)");
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
