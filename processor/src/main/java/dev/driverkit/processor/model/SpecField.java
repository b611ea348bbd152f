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
 */
public record SpecField(
        VariableElement element,
        String key,
        List<String> aliases,
        SpecType type,
        AnnotationMirror annotation,
        AnnotationValue nameValue,
        List<AnnotationValue> aliasValues) {

    public SpecField {
        aliases = List.copyOf(aliases);
        aliasValues = List.copyOf(aliasValues);
        if (aliasValues.size() != aliases.size()) {
            throw new IllegalArgumentException("one annotation value per alias");
        }
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
