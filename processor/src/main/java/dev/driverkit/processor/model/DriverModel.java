package dev.driverkit.processor.model;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * What a driver is, read from its source: the class, its annotation's values (with the annotation
 * values themselves, so diagnostics can point at them) and its spec fields.
 *
 * @param declaredEngines the engines exactly as listed in {@code supports}, repeats included
 * @param flags the flags it has: the annotation's boolean attributes that are true ({@code iterator},
 *     {@code online}, ...), and {@code ONLINE} for a source that extends {@code OnlineSource}
 */
public record DriverModel(
        TypeElement type,
        Direction direction,
        AnnotationMirror annotation,
        String kind,
        AnnotationValue kindValue,
        List<Engine> declaredEngines,
        AnnotationValue supportsValue,
        Set<DriverFlag> flags,
        List<SpecField> specFields) {

    public DriverModel {
        declaredEngines = List.copyOf(declaredEngines);
        flags = flags.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(flags));
        specFields = List.copyOf(specFields);
    }

    /** The declared engines, each once, in declaration order. */
    public Set<Engine> engines() {
        return new LinkedHashSet<>(declaredEngines);
    }

    public boolean flag(DriverFlag flag) {
        return flags.contains(flag);
    }

    /** A source that extends {@code OnlineSource}. */
    public boolean onlineSource() {
        return direction == Direction.SOURCE && flags.contains(DriverFlag.ONLINE);
    }

    /** The annotation's simple name, for messages: {@code SourceDriver}. */
    public String annotationName() {
        return annotation.getAnnotationType().asElement().getSimpleName().toString();
    }

    public String simpleName() {
        return type.getSimpleName().toString();
    }
}
