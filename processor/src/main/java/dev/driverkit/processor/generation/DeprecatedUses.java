package dev.driverkit.processor.generation;

import dev.driverkit.processor.model.DriverModel;
import dev.driverkit.processor.model.EngineContract;
import dev.driverkit.processor.model.SpecField;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The {@code @SuppressWarnings} tokens a driver's generated class needs: {@code "deprecation"} or
 * {@code "removal"} when it names something the user deprecated (the driver or a class it is nested in,
 * a spec field or its type, an engine method it calls). A warning in generated code would fail
 * {@code -Werror} builds over a choice the user made and is already warned about; a suppression that is
 * not needed is itself a warning on ECJ, so it is added only when needed.
 */
final class DeprecatedUses {
    private final Elements elements;
    private final Set<String> tokens = new TreeSet<>();

    private DeprecatedUses(Elements elements) {
        this.elements = elements;
    }

    static Set<String> of(DriverModel driver, Elements elements, EngineContract contract) {
        DeprecatedUses uses = new DeprecatedUses(elements);
        for (Element enclosing = driver.type(); enclosing != null && (enclosing.getKind().isClass()
                || enclosing.getKind().isInterface()); enclosing = enclosing.getEnclosingElement()) {
            uses.add(enclosing);
        }
        for (SpecField field : driver.specFields()) {
            uses.add(field.element());
            uses.add(field.element().asType());
        }
        Set<String> called = contract.required(driver).stream().map(r -> r.method().name())
                .collect(Collectors.toSet());
        for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(driver.type()))) {
            if (called.contains(method.getSimpleName().toString())) {
                uses.add(method);
            }
        }
        return uses.tokens;
    }

    private void add(TypeMirror type) {
        if (type instanceof ArrayType array) {
            add(array.getComponentType());
        } else if (type instanceof DeclaredType declared) {
            add(declared.asElement());
            declared.getTypeArguments().forEach(this::add);
        }
    }

    private void add(Element element) {
        if (!elements.isDeprecated(element)) {
            return;
        }
        tokens.add(forRemoval(element) ? "removal" : "deprecation");
    }

    private static boolean forRemoval(Element element) {
        for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
            if (annotation.getAnnotationType().toString().equals(Deprecated.class.getName())) {
                return annotation.getElementValues().entrySet().stream()
                        .anyMatch(e -> e.getKey().getSimpleName().contentEquals("forRemoval")
                                && Boolean.TRUE.equals(e.getValue().getValue()));
            }
        }
        return false;
    }
}
