package dev.driverkit.processor.model;

import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A contract type as one writes it in source with imports ({@code Flow.Publisher<Event>},
 * {@code Dataset<Row>}), and the imports that needs. Reads only names and type arguments, never a
 * class's members: the role interfaces name engine types (Spark's, DFLib's) that may be absent from the
 * compile class path, and their text is still wanted then (DK026 prints the methods to write).
 */
final class SignatureText {
    private SignatureText() {}

    static String of(TypeMirror type, Set<String> imports) {
        if (type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID) {
            return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
        }
        if (type instanceof ArrayType array) {
            return of(array.getComponentType(), imports) + "[]";
        }
        if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
            String name = nestedName(element, imports);
            List<? extends TypeMirror> arguments = declared.getTypeArguments();
            if (arguments.isEmpty()) {
                return name;
            }
            StringJoiner text = new StringJoiner(", ", name + "<", ">");
            arguments.forEach(argument -> text.add(of(argument, imports)));
            return text.toString();
        }
        return type.toString(); // wildcards and type variables: no role method uses them
    }

    /** {@code Flow.Publisher} for a nested type, importing the outermost one ({@code java.util.concurrent.Flow}). */
    private static String nestedName(TypeElement element, Set<String> imports) {
        StringBuilder name = new StringBuilder(element.getSimpleName());
        TypeElement outermost = element;
        for (Element enclosing = element.getEnclosingElement(); enclosing instanceof TypeElement type;
                enclosing = type.getEnclosingElement()) {
            name.insert(0, type.getSimpleName() + ".");
            outermost = type;
        }
        Element owner = outermost.getEnclosingElement();
        if (!(owner instanceof PackageElement pkg && pkg.getQualifiedName().contentEquals("java.lang"))) {
            imports.add(outermost.getQualifiedName().toString());
        }
        return name.toString();
    }
}
