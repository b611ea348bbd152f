package dev.driverkit.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.VariableElement;

/**
 * A {@code @Spec} field of a driver.
 *
 * @param key its JSON key inside {@code "attributes"}
 * @param aliases former keys still accepted when reading
 * @param type the JSON shape of its type, as a member of the driver (a superclass's {@code T} resolved)
 * @param nameValue the annotation's {@code name} value when set explicitly, for precise messages
 * @param aliasValues the annotation value of each alias, in the order of {@code aliases}
 * @param secret {@code @Spec(secret = true)}: read, never written
 * @param secretKeys {@code @Spec(secretKeys = ...)}: the paths of the entries of its object value that are never written
 * @param secretKeysValue the annotation's {@code secretKeys} value when set, for precise messages
 */
public record SpecField(
        VariableElement element,
        String key,
        List<String> aliases,
        SpecType type,
        AnnotationMirror annotation,
        AnnotationValue nameValue,
        List<AnnotationValue> aliasValues,
        boolean secret,
        List<String> secretKeys,
        AnnotationValue secretKeysValue) {

    public SpecField {
        aliases = List.copyOf(aliases);
        secretKeys = List.copyOf(secretKeys);
        aliasValues = List.copyOf(aliasValues);
        if (aliasValues.size() != aliases.size()) {
            throw new IllegalArgumentException("one annotation value per alias");
        }
    }

    /** Whether a spec error about its value must not show the value: the field or part of it is secret. */
    public boolean holdsSecrets() {
        return secret || !secretKeys.isEmpty();
    }

    public String name() {
        return element.getSimpleName().toString();
    }

    /** {@code batchSize} becomes {@code batch_size}, {@code maxURLLength} becomes {@code max_url_length}. */
    public static String snakeCase(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                boolean afterLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
                boolean endsAcronym = i > 0 && Character.isUpperCase(name.charAt(i - 1))
                        && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
                if (afterLower || endsAcronym) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
