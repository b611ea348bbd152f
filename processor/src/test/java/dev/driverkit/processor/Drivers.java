package dev.driverkit.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Driver sources for processor tests, and compiling them with the processor as javac runs it. */
final class Drivers {
    /** The imports every test driver gets, so test bodies show only what matters. */
    static final String IMPORTS = String.join("\n",
            "import dev.driverkit.*;",
            "import dev.driverkit.engine.*;",
            "import java.time.*;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Set;",
            "import java.util.concurrent.Flow;",
            "import java.util.stream.Stream;",
            "import org.apache.spark.sql.Dataset;",
            "import org.apache.spark.sql.Row;",
            "import org.apache.spark.sql.SparkSession;",
            "import org.dflib.DataFrame;",
            "");

    /** A minimal valid STOREY source body: constructor and toStep. */
    static final String STOREY_BODY = """
                public CsvSource() {}
                public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
            """;

    private Drivers() {}

    /** {@code test.<name>} with the common imports before {@code code}. */
    static JavaFileObject source(String name, String code) {
        return source("test." + name, "package test;\n\n" + IMPORTS + "\n" + code, true);
    }

    /**
     * A source for the compiler under test: in memory for javac; for ECJ a file on disk, as ECJ reads
     * sources through {@code Path.of(uri)}, which compile-testing's {@code mem:} URIs do not allow. Each
     * file gets a folder of its own, so tests may reuse a class name.
     */
    static JavaFileObject source(String qualifiedName, String code, boolean unused) {
        if (!onEcj()) {
            return JavaFileObjects.forSourceString(qualifiedName, code);
        }
        try {
            Path file = Files.createTempDirectory(ECJ_SOURCES, "src").resolve(qualifiedName.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, code, StandardCharsets.UTF_8);
            return JavaFileObjects.forResource(file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Path ECJ_SOURCES = ecjSources();

    private static Path ecjSources() {
        try {
            return Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "driverkit-ecj-tests"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    /**
     * The compiler of the diagnostics tests: javac, or ECJ when {@value #COMPILER_PROPERTY} is {@code ecj}
     * (the processor's build runs these tests once on each).
     */
    static final String COMPILER_PROPERTY = "driverkit.test.compiler";

    static boolean onEcj() {
        return "ecj".equalsIgnoreCase(System.getProperty(COMPILER_PROPERTY, "javac"));
    }

    static Compilation compile(List<File> extraClasspath, JavaFileObject... sources) {
        if (onEcj()) {
            Compilation compilation = EcjCompilations.compile(extraClasspath, List.of(new DriverProcessor()), sources);
            assertNoCrash(compilation);
            return compilation;
        }
        Compiler compiler = Compiler.javac().withOptions("-Xlint:all").withProcessors(new DriverProcessor());
        if (!extraClasspath.isEmpty()) {
            String base = System.getProperty("java.class.path");
            List<File> classpath = new java.util.ArrayList<>(extraClasspath);
            for (String entry : base.split(File.pathSeparator)) {
                classpath.add(new File(entry));
            }
            compiler = compiler.withClasspath(classpath);
        }
        Compilation compilation = compiler.compile(sources);
        assertNoCrash(compilation);
        return compilation;
    }

    /**
     * Asserts an error: {@code problem} on the line containing {@code line}, and its fix. javac indents
     * a message's continuation lines (by a width that differs between JDKs), so each part is matched
     * on its own.
     */
    static void assertError(Compilation compilation, JavaFileObject file, String line, String problem, String fix) {
        com.google.testing.compile.CompilationSubject.assertThat(compilation)
                .hadErrorContaining(problem).inFile(file).onLineContaining(line);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadErrorContaining("Fix: " + fix);
    }

    /** The same for a warning. */
    static void assertWarning(Compilation compilation, JavaFileObject file, String line, String problem, String fix) {
        com.google.testing.compile.CompilationSubject.assertThat(compilation)
                .hadWarningContaining(problem).inFile(file).onLineContaining(line);
        com.google.testing.compile.CompilationSubject.assertThat(compilation).hadWarningContaining("Fix: " + fix);
    }

    /** The processor never crashes: no javac "uncaught exception", no DK099. */
    static void assertNoCrash(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String message = diagnostic.getMessage(null);
            assertWithMessage("processor crashed: %s", message).that(message).doesNotContain("uncaught exception");
            assertWithMessage("processor crashed: %s", message).that(message).doesNotContain("[DK099]");
        }
    }
}
