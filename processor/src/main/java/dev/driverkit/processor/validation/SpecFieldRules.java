package dev.driverkit.processor.validation;

import dev.driverkit.processor.diagnostics.Diagnostic;
import dev.driverkit.processor.diagnostics.Reporter.Location;
import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.SpecField;
import dev.driverkit.processor.model.SpecType;
import dev.driverkit.registry.Direction;
import dev.driverkit.spec.SourceSpecs;
import dev.driverkit.spec.SpecValueType;
import dev.driverkit.spec.TargetSpecs;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** The rules on {@code @Spec} fields (DK030 to DK036, DK038), each one check. */
public final class SpecFieldRules {
    private SpecFieldRules() {}

    /** A spec field belongs to each instance (DK030). */
    public static final class NotStatic implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                if (field.element().getModifiers().contains(Modifier.STATIC)) {
                    context.report(Diagnostic.SPEC_STATIC, field.element(), qualified(driver, field));
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
                    context.report(Diagnostic.SPEC_FINAL, field.element(), qualified(driver, field),
                            "@Spec " + TypeText.of(field.type().type()) + " " + field.name() + " = ...;");
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
                    context.report(Diagnostic.SPEC_INACCESSIBLE, element, qualified(driver, field), "is " + problem,
                            driverPackage.getQualifiedName(), "it");
                }
            }
        }
    }

    /**
     * The generated codec, in the driver's package, names the field's type, so that type (with the types
     * it is nested in, and its type arguments) must be visible there: not a private nested enum (DK032).
     */
    public static final class ReachableType implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            PackageElement driverPackage = context.elements().getPackageOf(driver.type());
            for (SpecField field : driver.specFields()) {
                if (field.type().firstUnsupported() != null || field.element().getModifiers().contains(Modifier.STATIC)) {
                    continue; // DK033 or DK030 says what is wrong with it
                }
                TypeMirror type = field.type().type();
                TypeElement hidden = firstHidden(type, driverPackage, context);
                if (hidden != null) {
                    String name = TypeText.of(context.types().erasure(hidden.asType()));
                    String why = hidden.getModifiers().contains(Modifier.PRIVATE) ? "private"
                            : "not public and declared in package " + context.elements().getPackageOf(hidden).getQualifiedName();
                    String problem = hidden.equals(context.types().asElement(type))
                            ? "has type " + name + ", which is " + why
                            : "has type " + TypeText.of(type) + ", and " + name + " is " + why;
                    context.report(Diagnostic.SPEC_INACCESSIBLE, field.element(), qualified(driver, field), problem,
                            driverPackage.getQualifiedName(), name);
                }
            }
        }

        /** The first class in the type (itself, the classes it is nested in, its type arguments) the package cannot see. */
        private static TypeElement firstHidden(TypeMirror type, PackageElement from, RuleContext context) {
            if (type.getKind() != TypeKind.DECLARED) {
                return null;
            }
            DeclaredType declared = (DeclaredType) type;
            for (Element element = declared.asElement();
                    element != null && (element.getKind().isClass() || element.getKind().isInterface());
                    element = element.getEnclosingElement()) {
                Set<Modifier> modifiers = element.getModifiers();
                boolean visible = modifiers.contains(Modifier.PUBLIC)
                        || !modifiers.contains(Modifier.PRIVATE) && context.elements().getPackageOf(element).equals(from);
                if (!visible) {
                    return (TypeElement) element;
                }
            }
            for (TypeMirror argument : declared.getTypeArguments()) {
                TypeElement hidden = firstHidden(argument, from, context);
                if (hidden != null) {
                    return hidden;
                }
            }
            return null;
        }
    }

    /**
     * The field's type has a JSON form (DK033); if not, the fix names the nearest type that has one and
     * what a spec holds, both from the runtime's table of types ({@link SpecValueType}).
     */
    public static final class SupportedType implements DriverRule {
        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                SpecType.Unsupported unsupported = field.type().firstUnsupported();
                if (unsupported != null) {
                    String part = unsupported.type().equals(field.type().type()) ? ""
                            : " (" + TypeText.of(unsupported.type()) + " is not supported)";
                    context.report(Diagnostic.SPEC_UNSUPPORTED_TYPE, field.element(), qualified(driver, field),
                            TypeText.of(field.type().type()), unsupported.reason().isEmpty() ? part : unsupported.reason(),
                            new NearestSpecType(context.types()).advice(field.type().type()), SpecValueType.summary());
                }
            }
        }
    }

    /** Keys and aliases are well formed, unique, and not confusable with the common fields (DK034-DK036). */
    public static final class Keys implements DriverRule {
        private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]+");
        /** The top-level keys of each direction's spec, from the runtime that writes them. */
        private static final Map<Direction, List<String>> COMMON_KEYS = Map.of(
                Direction.SOURCE, SourceSpecs.JSON.commonKeys(), Direction.TARGET, TargetSpecs.JSON.commonKeys());

        /** A key in use: a field's own key, or one of its aliases. */
        private record Use(SpecField field, boolean alias) {}

        @Override
        public void check(DriverModel driver, RuleContext context) {
            Map<String, Use> owners = new HashMap<>();
            for (SpecField field : driver.specFields()) {
                Location keyAt = new Location(field.element(), field.annotation(), field.nameValue());
                checkKey(driver, context, owners, new Use(field, false), field.key(), keyAt);
                for (int i = 0; i < field.aliases().size(); i++) {
                    Location aliasAt = new Location(field.element(), field.annotation(), field.aliasValues().get(i));
                    checkKey(driver, context, owners, new Use(field, true), field.aliases().get(i), aliasAt);
                }
                if (COMMON_KEYS.get(driver.direction()).contains(field.key())) {
                    context.report(Diagnostic.SPEC_KEY_RESERVED, keyAt, field.key(), qualified(driver, field),
                            driver.direction().noun(), accessorSuffix(field.key()));
                }
            }
        }

        private static void checkKey(DriverModel driver, RuleContext context, Map<String, Use> owners, Use use,
                String key, Location at) {
            String what = use.alias() ? "alias" : "spec key";
            SpecField field = use.field();
            if (!KEY.matcher(key).matches()) {
                context.report(Diagnostic.SPEC_KEY_MALFORMED, at, what, Printable.quoted(key), qualified(driver, field),
                        malformation(key), example(field, key, use.alias()));
                return;
            }
            Use owner = owners.putIfAbsent(key, use);
            if (owner != null) {
                String[] clash = clash(driver, use, owner, key);
                context.report(Diagnostic.SPEC_KEY_DUPLICATE, at, what, key, qualified(driver, field), clash[0], clash[1]);
            }
        }

        /** Who already uses the key, and how to resolve it. */
        private static String[] clash(DriverModel driver, Use use, Use owner, String key) {
            String self = qualified(driver, use.field());
            String other = qualified(driver, owner.field());
            String rename = "give %s another name with @Spec(name = \"...\")";
            String removeAlias = "remove \"" + key + "\" from the aliases of %s";
            if (owner.field() == use.field()) {
                return owner.alias()
                        ? new String[] {self + " itself: the alias is listed twice", "list each alias once"}
                        : new String[] {self + " itself: the alias repeats the field's own key",
                                String.format(removeAlias, self) + "; a field's own key is always read"};
            }
            String by = owner.alias() ? other + ", as an alias" : other;
            if (!use.alias() && !owner.alias()) {
                return new String[] {by, String.format(rename, "one of them")};
            }
            if (!use.alias()) {
                return new String[] {by, String.format(rename, self) + ", or " + String.format(removeAlias, other)};
            }
            if (!owner.alias()) {
                return new String[] {by, String.format(removeAlias, self) + ", or " + String.format(rename, other)};
            }
            return new String[] {by, String.format(removeAlias, other + " or of " + self)};
        }

        /** Why a key is not valid: blank, or its first character that is not allowed. */
        private static String malformation(String key) {
            if (key.isBlank()) {
                return "it is blank";
            }
            return key.codePoints().filter(c -> !(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-')))
                    .mapToObj(c -> Printable.character(c) + " is not allowed").findFirst().orElse("it is not allowed");
        }

        /** {@code @Spec(name = "field_delimiter")}, or {@code @Spec(aliases = {"old_key"})}. */
        private static String example(SpecField field, String key, boolean alias) {
            String cleaned = Normalizer.normalize(key.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                    .replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
            String snakeCase = SpecField.snakeCase(field.name());
            return alias
                    ? "@Spec(aliases = {\"" + (cleaned.isEmpty() ? "old_" + snakeCase : cleaned) + "\"})"
                    : "@Spec(name = \"" + (cleaned.isEmpty() ? snakeCase : cleaned) + "\")";
        }
    }

    /**
     * {@code secretKeys} name entries of a JSON object, so the field holds one ({@code Map<String, ...>}
     * or {@code Object}), and each is a key path (DK050).
     */
    public static final class SecretKeys implements DriverRule {
        private static final Pattern PATH = Pattern.compile("[^.]+(\\.[^.]+)*");

        @Override
        public void check(DriverModel driver, RuleContext context) {
            for (SpecField field : driver.specFields()) {
                if (field.secretKeys().isEmpty() && field.secretKeysValue() == null) {
                    continue;
                }
                Location at = new Location(field.element(), field.annotation(), field.secretKeysValue());
                boolean holdsObject = field.type() instanceof SpecType.Entries
                        || field.type() instanceof SpecType.Scalar scalar && scalar.row() == dev.driverkit.spec.SpecValueType.ANY;
                if (!holdsObject) {
                    if (field.type().firstUnsupported() == null) { // else DK033 says what is wrong with it
                        context.report(Diagnostic.SPEC_SECRET_KEYS_MISPLACED, at, qualified(driver, field),
                                "its type " + TypeText.of(field.type().type()) + " holds no JSON object",
                                "write @Spec(secret = true) to keep the whole field out of written specs; secretKeys"
                                        + " is for a Map<String, ...> or Object field whose object holds a secret entry");
                    }
                    continue;
                }
                for (String path : field.secretKeys()) {
                    if (!PATH.matcher(path).matches()) {
                        context.report(Diagnostic.SPEC_SECRET_KEYS_MISPLACED, at, qualified(driver, field),
                                "secret key \"" + Printable.quoted(path) + "\" is not a key path",
                                "name an entry of the object by its key, a nested one by its keys joined by '.'"
                                        + " (e.g. \"password\" or \"oauth.clientSecret\")");
                    }
                }
            }
        }
    }

    /** {@code key_field} becomes {@code KeyField}, as in the base class's getKeyField / setKeyField. */
    private static String accessorSuffix(String key) {
        StringBuilder name = new StringBuilder();
        for (String part : key.split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    private static String qualified(DriverModel driver, SpecField field) {
        return field.element().getEnclosingElement().getSimpleName() + "." + field.name();
    }
}
