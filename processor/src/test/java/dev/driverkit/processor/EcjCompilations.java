package dev.driverkit.processor;

import com.google.common.collect.ImmutableList;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.driverkit.processor.TestCompiler.Result;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * compile-testing's {@link Compilation} made by ECJ, so the diagnostics tests assert the same on both
 * compilers. compile-testing cannot drive ECJ itself: its file manager keeps generated sources in
 * memory, and ECJ reads the sources it generates back from disk by name. So ECJ compiles on disk
 * ({@link TestCompiler}), and its results are handed to compile-testing's package-private constructor.
 */
final class EcjCompilations {
    private static final Constructor<Compilation> CONSTRUCTOR = constructor();

    private EcjCompilations() {}

    static Compilation compile(List<File> extraClassPath, List<Processor> processors, JavaFileObject... sources) {
        try {
            Path dir = Files.createTempDirectory("driverkit-ecj");
            List<Path> paths = new ArrayList<>();
            for (JavaFileObject source : sources) {
                if ("file".equals(source.toUri().getScheme())) {
                    paths.add(Path.of(source.toUri()));
                } else { // an in-memory source: ECJ reads from disk (diagnostics then name the copy)
                    Path copy = dir.resolve("src").resolve(source.toUri().getPath().replaceFirst("^/", ""));
                    Files.createDirectories(copy.getParent());
                    paths.add(Files.writeString(copy, source.getCharContent(true), StandardCharsets.UTF_8));
                }
            }
            Result result = TestCompiler.ECJ.compile(paths, extraClassPath.stream().map(File::toPath).toList(),
                    dir.resolve("classes"), dir.resolve("generated"), processors);
            List<JavaFileObject> generated = new ArrayList<>();
            generated.addAll(outputs(result.classOutput(), StandardLocation.CLASS_OUTPUT));
            generated.addAll(outputs(result.sourceOutput(), StandardLocation.SOURCE_OUTPUT));
            List<Diagnostic<? extends JavaFileObject>> diagnostics = List.copyOf(result.raw());
            return CONSTRUCTOR.newInstance(Compiler.compiler(new EclipseCompiler()), ImmutableList.copyOf(sources),
                    result.success(), diagnostics, generated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("compile-testing's Compilation constructor changed", e);
        }
    }

    /** The files under an output folder, named as compile-testing names its in-memory outputs. */
    private static List<JavaFileObject> outputs(Path root, StandardLocation location) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(file -> (JavaFileObject) new OutputFile(location, root, file))
                    .toList();
        }
    }

    private static final class OutputFile extends SimpleJavaFileObject {
        private final Path file;

        OutputFile(StandardLocation location, Path root, Path file) {
            super(URI.create("mem:///" + location.getName() + "/"
                    + root.relativize(file).toString().replace(File.separatorChar, '/')), kind(file));
            this.file = file;
        }

        private static Kind kind(Path file) {
            String name = file.getFileName().toString();
            return name.endsWith(".java") ? Kind.SOURCE : name.endsWith(".class") ? Kind.CLASS : Kind.OTHER;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) throws IOException {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Constructor<Compilation> constructor() {
        for (Constructor<?> candidate : Compilation.class.getDeclaredConstructors()) {
            if (candidate.getParameterCount() == 5) {
                candidate.setAccessible(true);
                return (Constructor<Compilation>) candidate;
            }
        }
        throw new IllegalStateException("compile-testing's Compilation has no 5-argument constructor");
    }
}
