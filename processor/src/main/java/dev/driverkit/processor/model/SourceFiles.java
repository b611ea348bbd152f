package dev.driverkit.processor.model;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * The source file that declares an element, named as the compiler names it in its own messages (the
 * path as given on the command line, or the absolute path Maven passes). {@code Elements.getFileObjectOf}
 * answers from Java 18 on; on older javac the tree API does; otherwise the file is unknown.
 */
public final class SourceFiles {
    private static final MethodHandle FILE_OBJECT_OF = fileObjectOf();

    private final Elements elements;
    private final Trees trees;

    public SourceFiles(ProcessingEnvironment environment) {
        this.elements = environment.getElementUtils();
        this.trees = trees(environment);
    }

    /** The name of the file that declares {@code element}, if the compiler says. */
    public Optional<String> nameOf(Element element) {
        JavaFileObject file = null;
        if (FILE_OBJECT_OF != null) {
            try {
                file = (JavaFileObject) FILE_OBJECT_OF.invoke(elements, element);
            } catch (Throwable unsupported) { // UnsupportedOperationException from a compiler without it
                file = null;
            }
        }
        if (file == null && trees != null) {
            try {
                TreePath path = trees.getPath(element);
                file = path == null ? null : path.getCompilationUnit().getSourceFile();
            } catch (RuntimeException noTree) {
                file = null;
            }
        }
        return file == null || file.getKind() != JavaFileObject.Kind.SOURCE ? Optional.empty()
                : Optional.of(file.getName());
    }

    private static MethodHandle fileObjectOf() {
        try {
            return MethodHandles.publicLookup().findVirtual(Elements.class, "getFileObjectOf",
                    MethodType.methodType(JavaFileObject.class, Element.class));
        } catch (ReflectiveOperationException | RuntimeException beforeJava18) {
            return null;
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
