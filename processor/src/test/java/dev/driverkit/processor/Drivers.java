package dev.driverkit.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
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
        return JavaFileObjects.forSourceString("test." + name, "package test;\n\n" + IMPORTS + "\n" + code);
    }

    static Compilation compile(JavaFileObject... sources) {
        return compile(List.of(), sources);
    }

    static Compilation compile(List<File> extraClasspath, JavaFileObject... sources) {
        Compiler compiler = Compiler.javac().withProcessors(new DriverProcessor()).withOptions("-Xlint:all");
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
