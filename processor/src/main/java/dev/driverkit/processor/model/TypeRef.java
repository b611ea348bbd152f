package dev.driverkit.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * A type that a required method uses, named without needing it on the processor's class path: a
 * package, a simple name (with enclosing types, e.g. {@code Flow.Publisher}) and type arguments.
 * Resolved against the user's compile class path when a driver is checked.
 */
public record TypeRef(String packageName, String simpleName, List<TypeRef> arguments) {
    public TypeRef {
        arguments = List.copyOf(arguments);
    }

    public static TypeRef of(String packageName, String simpleName, TypeRef... arguments) {
        return new TypeRef(packageName, simpleName, List.of(arguments));
    }

    /** A primitive type or {@code void}. */
    public static TypeRef primitive(String keyword) {
        return new TypeRef("", keyword, List.of());
    }

    public boolean isPrimitiveOrVoid() {
        return packageName.isEmpty();
    }

    /** The canonical name of the raw type, e.g. {@code java.util.concurrent.Flow.Publisher}. */
    public String canonicalName() {
        return isPrimitiveOrVoid() ? simpleName : packageName + "." + simpleName;
    }

    /** How it reads in source with imports: {@code Flow.Publisher<Event>}. */
    public String sourceText() {
        if (arguments.isEmpty()) {
            return simpleName;
        }
        return simpleName + arguments.stream().map(TypeRef::sourceText).collect(Collectors.joining(", ", "<", ">"));
    }

    /** The imports that {@link #sourceText()} needs (the outermost class of each type; none for java.lang). */
    public Set<String> imports() {
        Set<String> imports = new TreeSet<>();
        collectImports(imports);
        return imports;
    }

    private void collectImports(Set<String> into) {
        if (!isPrimitiveOrVoid() && !packageName.equals("java.lang")) {
            int dot = simpleName.indexOf('.');
            into.add(packageName + "." + (dot < 0 ? simpleName : simpleName.substring(0, dot)));
        }
        arguments.forEach(argument -> argument.collectImports(into));
    }

    /** The type on the compile class path, or empty when its class is not there. */
    public Optional<TypeMirror> resolve(Elements elements, Types types) {
        if (isPrimitiveOrVoid()) {
            return Optional.of(simpleName.equals("void")
                    ? types.getNoType(TypeKind.VOID)
                    : types.getPrimitiveType(TypeKind.valueOf(simpleName.toUpperCase(java.util.Locale.ROOT))));
        }
        TypeElement element = elements.getTypeElement(canonicalName());
        if (element == null) {
            return Optional.empty();
        }
        List<TypeMirror> resolvedArguments = new ArrayList<>();
        for (TypeRef argument : arguments) {
            Optional<TypeMirror> resolved = argument.resolve(elements, types);
            if (resolved.isEmpty()) {
                return Optional.empty();
            }
            resolvedArguments.add(resolved.get());
        }
        DeclaredType declared = types.getDeclaredType(element, resolvedArguments.toArray(new TypeMirror[0]));
        return Optional.of(declared);
    }
}
