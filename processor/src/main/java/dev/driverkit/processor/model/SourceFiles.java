package dev.driverkit.processor.model;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Which classes this compilation compiles from source, and the file that declares one, named as the
 * compiler names it in its own messages (the path as given on the command line, or the absolute path
 * Maven passes). {@code Elements.getFileObjectOf} answers from Java 18 on; javac 17's tree API does too.
 * ECJ on Java 17 has neither (its getFileObjectOf calls a Java 18 method), so there a file is named by
 * what the language fixes: the public top-level class {@code Csv} is in {@code Csv.java}.
 */
public final class SourceFiles {
    private final Elements elements;
    private final MethodHandle fileObjectOf;
    private final Trees trees;
    /** The top-level classes of every round's sources, by qualified name. */
    private final Set<String> compiled = new HashSet<>();

    public SourceFiles(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.fileObjectOf = fileObjectOf(elements);
        this.trees = trees(environment);
    }

    /** Records a round's sources: its root elements (including the sources generated in earlier rounds). */
    public void recordRound(RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                compiled.add(type.getQualifiedName().toString());
            }
        }
    }

    /** Whether the class is compiled from source in this compilation, rather than read from the class path. */
    public boolean isCompiledNow(TypeElement type) {
        return compiled.contains(outermost(type).getQualifiedName().toString());
    }

    /** The name of the file that declares a class of this compilation, if the compiler says or the language fixes it. */
    public Optional<String> nameOf(TypeElement type) {
        if (!isCompiledNow(type)) {
            return Optional.empty();
        }
        JavaFileObject file = null;
        if (fileObjectOf != null) {
            try {
                file = (JavaFileObject) fileObjectOf.invoke(elements, type);
            } catch (Throwable unsupported) { // UnsupportedOperationException, or ECJ's NoSuchMethodError on Java 17
                file = null;
            }
        }
        if (file == null && trees != null) {
            try {
                TreePath path = trees.getPath(type);
                file = path == null ? null : path.getCompilationUnit().getSourceFile();
            } catch (RuntimeException noTree) {
                file = null;
            }
        }
        if (file != null && file.getKind() == JavaFileObject.Kind.SOURCE) {
            return Optional.of(file.getName());
        }
        TypeElement outermost = outermost(type);
        return outermost.getModifiers().contains(Modifier.PUBLIC)
                ? Optional.of(outermost.getSimpleName() + ".java") : Optional.empty();
    }

    private static TypeElement outermost(TypeElement type) {
        TypeElement outermost = type;
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement enclosing; e = e.getEnclosingElement()) {
            outermost = enclosing;
        }
        return outermost;
    }

    /**
     * {@code Elements.getFileObjectOf} (Java 18); on Java 17, the same public method of the compiler's own
     * implementation where it has one (ECJ's, which fails there but is tried).
     */
    private static MethodHandle fileObjectOf(Elements elements) {
        MethodType type = MethodType.methodType(JavaFileObject.class, Element.class);
        try {
            return MethodHandles.publicLookup().findVirtual(Elements.class, "getFileObjectOf", type);
        } catch (ReflectiveOperationException | RuntimeException beforeJava18) {
            try {
                return MethodHandles.publicLookup().findVirtual(elements.getClass(), "getFileObjectOf", type)
                        .asType(MethodType.methodType(JavaFileObject.class, Elements.class, Element.class));
            } catch (ReflectiveOperationException | RuntimeException | LinkageError notThere) {
                return null;
            }
        }
    }

    private static Trees trees(ProcessingEnvironment environment) {
        try {
            return Trees.instance(environment);
        } catch (RuntimeException | LinkageError notJavac) {
            return null;
        }
    }
}
