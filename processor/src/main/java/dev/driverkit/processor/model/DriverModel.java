package dev.driverkit.processor.model;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * What a driver is, read from its source: the class, its annotation's values (with the annotation
 * values themselves, so diagnostics can point at them) and its spec fields.
 *
 * @param declaredEngines the engines exactly as listed in {@code supports}, repeats included
 * @param flags the annotation's boolean attributes by name ({@code iterator}, {@code online}, ...)
 * @param onlineSource whether a source extends {@code OnlineSource}
 */
public record DriverModel(
        TypeElement type,
        Direction direction,
        AnnotationMirror annotation,
        String kind,
        AnnotationValue kindValue,
        List<Engine> declaredEngines,
        AnnotationValue supportsValue,
        Map<String, Boolean> flags,
        boolean onlineSource,
        List<SpecField> specFields) {

    public DriverModel {
        declaredEngines = List.copyOf(declaredEngines);
        flags = Map.copyOf(flags);
        specFields = List.copyOf(specFields);
    }

    /** The declared engines, each once, in declaration order. */
    public Set<Engine> engines() {
        return new LinkedHashSet<>(declaredEngines);
    }

    public boolean flag(String name) {
        return flags.getOrDefault(name, false);
    }

    /** The annotation's simple name, for messages: {@code SourceDriver}. */
    public String annotationName() {
        return annotation.getAnnotationType().asElement().getSimpleName().toString();
    }

    public String simpleName() {
        return type.getSimpleName().toString();
    }
}
