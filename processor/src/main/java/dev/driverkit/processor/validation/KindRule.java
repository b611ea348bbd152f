package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import java.util.Locale;
import java.util.regex.Pattern;

/** The kind is present and well formed: {@code [A-Za-z][A-Za-z0-9_-]*}, case-sensitive (DK001, DK002). */
public final class KindRule implements DriverRule {
    private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** Whether {@code kind} is a well-formed kind. */
    public static boolean isValid(String kind) {
        return KIND.matcher(kind).matches();
    }

    @Override
    public void check(DriverModel driver, RuleContext context) {
        Location at = new Location(driver.type(), driver.annotation(), driver.kindValue());
        String kind = driver.kind();
        String suggestion = suggestion(driver);
        if (kind.isBlank()) {
            context.report(Diagnostic.KIND_BLANK, at, 1, driver.simpleName(), suggestion);
        } else if (!KIND.matcher(kind).matches()) {
            String cleaned = kind.trim().replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[^A-Za-z]+", "");
            context.report(Diagnostic.KIND_MALFORMED, at, 3, kind, driver.simpleName(), problem(kind),
                    cleaned.isEmpty() ? suggestion : cleaned);
        }
    }

    private static String problem(String kind) {
        if (!Character.isLetter(kind.charAt(0)) || kind.charAt(0) > 'z') {
            return "it must start with a letter A-Z or a-z, not '" + kind.charAt(0) + "'";
        }
        for (char c : kind.toCharArray()) {
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
                return "'" + (c == ' ' ? "space" : String.valueOf(c)) + "' is not allowed";
            }
        }
        return "it is not allowed";
    }

    /** A kind derived from the class name: {@code CsvSource} gives {@code csv}. */
    private static String suggestion(DriverModel driver) {
        String name = driver.simpleName().replaceAll("(Source|Target|Driver)$", "");
        return name.isEmpty() ? "xyz" : name.toLowerCase(Locale.ROOT);
    }
}
