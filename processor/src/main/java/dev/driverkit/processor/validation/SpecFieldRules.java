package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.SpecField;
import dev.driverkit.processor.model.SpecType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.VariableElement;

/** The rules on {@code @Spec} fields (DK030 to DK036), each one check. */
public final class SpecFieldRules {
    private SpecFieldRules() {}

    /** A spec field belongs to each instance (DK030). */
    public static final class NotStatic implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                if (field.element().getModifiers().contains(Modifier.STATIC)) {
                    context.report(Diagnostic.SPEC_STATIC, field.element(), 1, qualified(driver, field));
                }
            }
        }
    }

    /** Reading a spec sets the field (DK031). */
    public static final class NotFinal implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                Set<Modifier> modifiers = field.element().getModifiers();
                if (modifiers.contains(Modifier.FINAL) && !modifiers.contains(Modifier.STATIC)) {
                    context.report(Diagnostic.SPEC_FINAL, field.element(), 1, qualified(driver, field),
                            "@Spec " + TypeText.of(field.element().asType()) + " " + field.name() + " = ...;");
                }
            }
        }
    }

    /** The generated codec, in the driver's package, reads and writes the field directly (DK032). */
    public static final class Accessible implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            PackageElement driverPackage = context.elements().getPackageOf(driver.type());
            for (SpecField field : driver.specFields()) {
                VariableElement element = field.element();
                Set<Modifier> modifiers = element.getModifiers();
                boolean samePackage = context.elements().getPackageOf(element).equals(driverPackage);
                String problem = modifiers.contains(Modifier.PRIVATE) ? "private"
                        : !modifiers.contains(Modifier.PUBLIC) && !samePackage
                                ? "not public and declared in another package" : null;
                if (problem != null && !modifiers.contains(Modifier.STATIC)) {
                    context.report(Diagnostic.SPEC_INACCESSIBLE, element, 3, qualified(driver, field), problem,
                            driverPackage.getQualifiedName());
                }
            }
        }
    }

    /** The field's type has a JSON form (DK033). */
    public static final class SupportedType implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                SpecType.Unsupported unsupported = field.type().firstUnsupported();
                if (unsupported != null) {
                    String part = unsupported.type().equals(field.type().type()) ? ""
                            : " (" + TypeText.of(unsupported.type()) + " is not supported)";
                    context.report(Diagnostic.SPEC_UNSUPPORTED_TYPE, field.element(), 3, qualified(driver, field),
                            TypeText.of(field.element().asType()), unsupported.reason().isEmpty() ? part : unsupported.reason());
                }
            }
        }
    }

    /** Keys and aliases are well formed, unique, and not confusable with the common fields (DK034-DK036). */
    public static final class Keys implements DriverRule {
        private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
        private static final Map<String, String> COMMON_SOURCE_KEYS = Map.of(
                "name", "Name", "path", "Path", "key_field", "KeyField", "time_field", "TimeField",
                "schedule", "Schedule", "start_time", "StartTime", "end_time", "EndTime",
                "credentials_prefix", "CredentialsPrefix", "workers", "Workers", "max_age", "MaxAge");

        @Override
        public void check(DriverModel driver, RuleContext context) {
            Map<String, SpecField> owners = new HashMap<>();
            for (SpecField field : driver.specFields()) {
                Location at = new Location(field.element(), field.annotation(), field.nameValue());
                java.util.List<String> keys = new java.util.ArrayList<>();
                keys.add(field.key());
                keys.addAll(field.aliases());
                for (String key : keys) {
                    if (!KEY.matcher(key).matches()) {
                        context.report(Diagnostic.SPEC_KEY_MALFORMED, at, 2, key, qualified(driver, field),
                                SpecField.snakeCase(field.name()));
                        continue;
                    }
                    SpecField owner = owners.putIfAbsent(key, field);
                    if (owner != null) {
                        context.report(Diagnostic.SPEC_KEY_DUPLICATE, at, 3, key, qualified(driver, field),
                                qualified(driver, owner));
                    }
                }
                String accessor = COMMON_SOURCE_KEYS.get(field.key());
                if (accessor != null && driver.direction() == dev.driverkit.registry.Direction.SOURCE) {
                    context.report(Diagnostic.SPEC_KEY_RESERVED, at, 3, field.key(), qualified(driver, field),
                            "source", accessor);
                }
            }
        }
    }

    private static String qualified(DriverModel driver, SpecField field) {
        return field.element().getEnclosingElement().getSimpleName() + "." + field.name();
    }
}
