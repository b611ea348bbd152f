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
    /** Whether {@code kind} is a well-formed kind. */
    public static boolean isValid(String kind) {
        return RegistryFormat.isValidKind(kind);
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        Location at = new Location(driver.type(), driver.annotation(), driver.kindValue());
        String kind = driver.kind();
        String suggestion = suggestion(driver);
        if (kind.isBlank()) {
            context.report(Diagnostic.KIND_BLANK, at, 1, driver.simpleName(), suggestion);
        } else if (!RegistryFormat.isValidKind(kind)) {
            String cleaned = cleaned(kind);
            if (cleaned.length() > RegistryFormat.MAX_KIND_LENGTH) {
                cleaned = cleaned.substring(0, RegistryFormat.MAX_KIND_LENGTH).replaceAll("[_-]+$", "");
            }
            context.report(Diagnostic.KIND_MALFORMED, at, 3, Printable.quoted(kind), driver.simpleName(), problem(kind),
                    cleaned.length() < 2 ? suggestion : cleaned);
        }
    }

    private static String problem(String kind) {
        int first = kind.codePointAt(0);
        if (!RegistryFormat.isKindStart(first)) {
            return "it must start with a letter A-Z or a-z, not " + Printable.character(first);
        }
        return kind.codePoints().filter(c -> !RegistryFormat.isKindPart(c))
                .mapToObj(c -> Printable.character(c) + " is not allowed").findFirst()
                .orElse("it is longer than " + RegistryFormat.MAX_KIND_LENGTH + " characters");
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
    private static String suggestion(DriverModel driver) {
        String name = cleaned(driver.simpleName().replaceAll("(Source|Target|Driver)$", ""));
        return name.isEmpty() ? "xyz" : name.toLowerCase(Locale.ROOT);
    }
}
