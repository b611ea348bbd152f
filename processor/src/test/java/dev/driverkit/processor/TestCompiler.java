package dev.driverkit.processor;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The two compilers the processor must behave the same on, run through {@code javax.tools} on files on
 * disk: javac, and the Eclipse compiler (ECJ, which Eclipse and some builds use). Output goes to real
 * folders, so a test can see what a failed compilation generated and compile again against it.
 */
enum TestCompiler {
    JAVAC {
        @Override
        JavaCompiler tool() {
            return ToolProvider.getSystemJavaCompiler();
        }

        @Override
        List<String> options() {
            return List.of("--release", "17", "-Xlint:all", "-encoding", "UTF-8");
        }
    },
    ECJ {
        @Override
        JavaCompiler tool() {
            return new EclipseCompiler();
        }

        /**
         * ECJ's own warnings differ from javac's lint; the corpus ignores them. Unused imports are off: the
         * diagnostics tests give every driver the same imports, and javac does not warn about them either.
         */
        @Override
        List<String> options() {
            return List.of("-17", "-encoding", "UTF-8", "-warn:-unusedImport");
        }
    };

    private static final Pattern CODE = Pattern.compile("^\\[(DK\\d{3})]");

    abstract JavaCompiler tool();

    abstract List<String> options();

    /** One diagnostic: {@code code} is the driverkit code, or null for the compiler's own messages. */
    record Reported(Diagnostic.Kind kind, String code, String file, long line, String message) {
        boolean isError() {
            return kind == Diagnostic.Kind.ERROR;
        }

        @Override
        public String toString() {
            return kind.name().toLowerCase(Locale.ROOT) + " " + file + ":" + line + " " + message;
        }
    }

    /**
     * What a compilation reported and where its output is.
     *
     * @param raw the compiler's diagnostics as it gave them
     */
    record Result(boolean success, List<Reported> diagnostics, Path classOutput, Path sourceOutput, String output,
            List<Diagnostic<? extends JavaFileObject>> raw) {
        /** driverkit's diagnostics, in the order reported. */
        List<Reported> coded() {
            return diagnostics.stream().filter(d -> d.code() != null).toList();
        }

        /** The compiler's own errors and warnings. */
        List<Reported> uncoded() {
            return diagnostics.stream().filter(d -> d.code() == null && d.kind() != Diagnostic.Kind.NOTE).toList();
        }

        /** Generated sources, as paths relative to the source output ({@code corpus/Csv_SpecCodec.java}). */
        List<String> generatedSources() {
            return files(sourceOutput, ".java");
        }

        /** Registry entries written to the class output ({@code driverkit/registry/sources/csv.properties}). */
        List<String> registryEntries() {
            return files(classOutput.resolve("driverkit"), ".properties").stream().map(p -> "driverkit/" + p).toList();
        }

        String read(Path file) {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> files(Path root, String suffix) {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            try (Stream<Path> walk = Files.walk(root)) {
                return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix))
                        .map(p -> root.relativize(p).toString().replace(File.separatorChar, '/')).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Compiles {@code sources} with the test class path plus {@code extraClassPath} (first), writing classes
     * to {@code classOutput} and generated sources to {@code sourceOutput}.
     */
    Result compile(List<Path> sources, List<Path> extraClassPath, Path classOutput, Path sourceOutput,
            List<Processor> processors) {
        return compile(sources, extraClassPath, Set.of(), classOutput, sourceOutput, processors);
    }

    /** The same, leaving out the test class path's entries whose path contains one of {@code without}. */
    Result compile(List<Path> sources, List<Path> extraClassPath, Set<String> without, Path classOutput,
            Path sourceOutput, List<Processor> processors) {
        try {
            Files.createDirectories(classOutput);
            Files.createDirectories(sourceOutput);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> classPath = new ArrayList<>(extraClassPath);
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (without.stream().noneMatch(entry::contains)) {
                classPath.add(Path.of(entry));
            }
        }
        JavaCompiler compiler = tool();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        boolean success;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
            // Locations on the file manager rather than options: ECJ's javax.tools task ignores -classpath.
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
            files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput));
            List<String> options = options();
            JavaCompiler.CompilationTask task = compiler.getTask(output, files, collector, options, null,
                    files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(processors);
            task.setLocale(Locale.ROOT);
            success = task.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Reported> reported = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
            String message = d.getMessage(Locale.ROOT);
            Matcher code = CODE.matcher(message);
            String file = d.getSource() == null ? null : Path.of(d.getSource().toUri()).getFileName().toString();
            reported.add(new Reported(d.getKind() == Diagnostic.Kind.MANDATORY_WARNING ? Diagnostic.Kind.WARNING : d.getKind(),
                    code.find() ? code.group(1) : null, file, d.getLineNumber(), message));
        }
        return new Result(success, List.copyOf(reported), classOutput, sourceOutput, output.toString(),
                List.copyOf(collector.getDiagnostics()));
    }

    /** A stack frame, as a compiler prints an exception that escaped a processor. */
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

    /**
     * The processor never crashes: no "uncaught exception" (javac) or "Exception thrown by ...
     * processor" (ECJ), no stack trace printed, no DK099.
     */
    static void assertNoCrash(Result result, String what) {
        for (Reported d : result.diagnostics()) {
            if (d.message().contains("uncaught exception") || "DK099".equals(d.code())
                    || d.code() == null && d.message().matches("(?s).*Exception.*thrown.*processor.*")) {
                throw new AssertionError(what + ": the processor crashed: " + d);
            }
        }
        if (STACK_FRAME.matcher(result.output()).find()) {
            throw new AssertionError(what + ": the compiler printed a stack trace:\n" + result.output());
        }
    }
}
