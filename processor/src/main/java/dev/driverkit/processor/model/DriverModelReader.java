package dev.driverkit.processor.model;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads a {@link DriverModel} from an annotated class, using only the standard javax.lang.model API. */
public final class DriverModelReader {
    private final Elements elements;
    private final Types types;
    private final java.util.function.Supplier<EngineContract> contract;

    /** {@code contract} is asked for only when a driver is read, so a compilation without drivers never reads it. */
    public DriverModelReader(Elements elements, Types types, java.util.function.Supplier<EngineContract> contract) {
        this.elements = elements;
        this.types = types;
        this.contract = contract;
    }

    /** The annotation mirror of {@code annotationName} on {@code element}, if present. */
    public static Optional<AnnotationMirror> annotation(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** Reads the driver; throws when a type it mentions is not resolved (yet). */
    public DriverModel read(TypeElement type, Direction direction, AnnotationMirror annotation)
            throws UnresolvedTypeException {
        checkResolved(type);
        return model(type, direction, annotation, specFields(type));
    }

    /**
     * The driver's annotation and class, without its spec fields and without requiring its types to
     * be resolved: enough to check what its annotation declares (e.g. an engine's missing library).
     */
    public DriverModel readDeclaration(TypeElement type, Direction direction, AnnotationMirror annotation) {
        return model(type, direction, annotation, List.of());
    }

    private DriverModel model(TypeElement type, Direction direction, AnnotationMirror annotation,
            List<SpecField> specFields) {
        Map<String, AnnotationValue> values = new LinkedHashMap<>();
        elements.getElementValuesWithDefaults(annotation)
                .forEach((method, value) -> values.put(method.getSimpleName().toString(), value));

        AnnotationValue kindValue = values.get("kind");
        String kind = kindValue != null && kindValue.getValue() instanceof String text ? text : "";
        AnnotationValue supportsValue = values.get("supports");
        List<Engine> engines = new ArrayList<>();
        if (supportsValue != null && supportsValue.getValue() instanceof List<?> list) {
            for (Object item : list) {
                // An unresolvable constant (a typo javac already reports) is not a VariableElement: skip it.
                if (item instanceof AnnotationValue value && value.getValue() instanceof VariableElement constant) {
                    engines.add(Engine.valueOf(constant.getSimpleName().toString()));
                }
            }
        }
        Set<DriverFlag> flags = EnumSet.noneOf(DriverFlag.class);
        values.forEach((name, value) -> {
            DriverFlag flag = DriverFlag.ofKey(name);
            if (flag != null && Boolean.TRUE.equals(value.getValue())) {
                flags.add(flag);
            }
        });
        if (direction == Direction.SOURCE && extendsClass(type, Names.ONLINE_SOURCE)) {
            flags.add(DriverFlag.ONLINE);
        }
        return new DriverModel(type, direction, annotation, kind, kindValue, engines, supportsValue, flags, specFields);
    }

    /** Whether {@code type} is {@code className} or extends it. */
    public boolean extendsClass(TypeElement type, String className) {
        return extendsClass(type, className, elements, types);
    }

    /** Whether {@code type} is {@code className} or extends it. */
    public static boolean extendsClass(TypeElement type, String className, Elements elements, Types types) {
        TypeElement target = elements.getTypeElement(className);
        return target != null && types.isSubtype(types.erasure(type.asType()), types.erasure(target.asType()));
    }

    /** The {@code @Spec} fields of the class and of its own superclasses, superclass fields first. */
    private List<SpecField> specFields(TypeElement type) throws UnresolvedTypeException {
        List<TypeElement> hierarchy = new ArrayList<>();
        for (TypeElement current = type; current != null; current = superclass(current)) {
            String name = current.getQualifiedName().toString();
            if (Names.isDriverkitBase(name) || name.equals("java.lang.Object")) {
                break;
            }
            hierarchy.add(0, current);
        }
        List<SpecField> fields = new ArrayList<>();
        for (TypeElement declaring : hierarchy) {
            for (VariableElement field : ElementFilter.fieldsIn(declaring.getEnclosedElements())) {
                Optional<AnnotationMirror> spec = annotation(field, Names.SPEC);
                if (spec.isPresent()) {
                    fields.add(specField(type, field, spec.get()));
                }
            }
        }
        return fields;
    }

    private SpecField specField(TypeElement driver, VariableElement field, AnnotationMirror spec)
            throws UnresolvedTypeException {
        checkResolved(field.asType());
        AnnotationValue nameValue = null;
        List<String> aliases = new ArrayList<>();
        List<AnnotationValue> aliasValues = new ArrayList<>();
        boolean secret = false;
        List<String> secretKeys = new ArrayList<>();
        AnnotationValue secretKeysValue = null;
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : spec.getElementValues().entrySet()) {
            String attribute = entry.getKey().getSimpleName().toString();
            Object value = entry.getValue().getValue();
            if (attribute.equals("name")) {
                nameValue = entry.getValue();
            } else if (attribute.equals("secret") && value instanceof Boolean flag) {
                secret = flag;
            } else if (attribute.equals("secretKeys") && value instanceof List<?> list) {
                secretKeysValue = entry.getValue();
                for (Object path : list) {
                    if (path instanceof AnnotationValue pathValue && pathValue.getValue() instanceof String text) {
                        secretKeys.add(text);
                    }
                }
            } else if (attribute.equals("aliases") && value instanceof List<?> list) {
                for (Object alias : list) {
                    if (alias instanceof AnnotationValue aliasValue && aliasValue.getValue() instanceof String text) {
                        aliases.add(text);
                        aliasValues.add(aliasValue);
                    }
                }
            }
        }
        // An empty name means "the field name in snake_case", as Spec.name() documents.
        String explicit = nameValue != null && nameValue.getValue() instanceof String text && !text.isEmpty() ? text : null;
        String key = explicit != null ? explicit : SpecField.snakeCase(field.getSimpleName().toString());
        return new SpecField(field, key, aliases, SpecTypes.classify(memberType(driver, field), types), spec, nameValue,
                aliasValues, secret, secretKeys, secretKeysValue);
    }

    /** The field's type as a member of the driver: {@code T value} of {@code Base<T>} is a String in a {@code Base<String>}. */
    private TypeMirror memberType(TypeElement driver, VariableElement field) {
        if (driver.asType().getKind() != TypeKind.DECLARED) {
            return field.asType();
        }
        try {
            return types.asMemberOf((DeclaredType) driver.asType(), field);
        } catch (IllegalArgumentException notAMember) {
            return field.asType();
        }
    }

    private TypeElement superclass(TypeElement type) {
        TypeMirror superclass = type.getSuperclass();
        return superclass.getKind() == TypeKind.DECLARED ? (TypeElement) ((DeclaredType) superclass).asElement() : null;
    }

    /** The driver's superclasses and the signatures of methods the engines call must be resolved. */
    private void checkResolved(TypeElement type) throws UnresolvedTypeException {
        for (TypeElement current = type; current != null; current = superclass(current)) {
            checkResolved(current.getSuperclass());
        }
        for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
            if (contract.get().methodNames().contains(method.getSimpleName().toString())) {
                checkResolved(method.getReturnType());
                for (VariableElement parameter : method.getParameters()) {
                    checkResolved(parameter.asType());
                }
            }
        }
    }

    private static void checkResolved(TypeMirror type) throws UnresolvedTypeException {
        switch (type.getKind()) {
            case ERROR -> throw new UnresolvedTypeException(type.toString());
            case DECLARED -> {
                for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
                    checkResolved(argument);
                }
            }
            case ARRAY -> checkResolved(((ArrayType) type).getComponentType());
            default -> { }
        }
    }
}
