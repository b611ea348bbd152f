package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.STOREY_BODY;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kinds already registered in jars on the class path, and types that appear in later rounds. */
class ClasspathAndRoundsTest {
    private static final JavaFileObject CSV = source("CsvSource", """
            @SourceDriver(kind = "csv", supports = {Engine.STOREY})
            public class CsvSource extends BaseSourceDriver {
            """ + STOREY_BODY + "}\n");

    private static File jarWithEntry(Path dir, String driverClass) throws IOException {
        File jar = dir.resolve("acme-drivers.jar").toFile();
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar.toPath()))) {
            out.putNextEntry(new JarEntry("driverkit/registry/sources/csv.properties"));
            out.write(("format=1\nkind=csv\nclass=" + driverClass + "\ncodec=" + driverClass
                    + "_SpecCodec\nengines=STOREY\n").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }

    @Test
    void kindAlreadyRegisteredInAJarOnTheClassPath(@TempDir Path dir) throws IOException {
        File jar = jarWithEntry(dir, "com.acme.AcmeCsv");
        Compilation compilation = compile(List.of(jar), CSV);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, CSV, "@SourceDriver",
                "[DK004] source kind \"csv\" is already registered by com.acme.AcmeCsv, from " + jar.getPath()
                        + " on the class path.",
                "choose another kind, or remove that jar from the dependencies");
    }

    @Test
    void previousOutputOfTheSameDriverIsNotAClash(@TempDir Path dir) throws IOException {
        File jar = jarWithEntry(dir, "test.CsvSource");
        assertThat(compile(List.of(jar), CSV)).succeededWithoutWarnings();
    }

    @Test
    void typeThatNeverAppearsIsReportedOnceAtTheEnd() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends GeneratedBase {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(Drivers.onEcj() ? "GeneratedBase cannot be resolved" : "cannot find symbol");
        assertThat(compilation).hadErrorContaining("[DK090] driverkit could not check CsvSource: type GeneratedBase"
                + " could not be resolved.");
    }

    /** Generates {@code test.GeneratedBase} in the first round, as another processor would. */
    private static final class BaseGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer out = processingEnv.getFiler().createSourceFile("test.GeneratedBase").openWriter()) {
                    out.write("package test;\npublic abstract class GeneratedBase extends dev.driverkit.BaseSourceDriver {}\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void driverWhoseBaseIsGeneratedByAnotherProcessorIsCheckedInALaterRound() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends GeneratedBase {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = Compiler.javac().withProcessors(new BaseGenerator(), new DriverProcessor())
                .withOptions("-Xlint:all,-processing").compile(csv);
        Drivers.assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.CsvSource_SpecCodec");
    }

    @Test
    void fakeJarEntryHasTheShapeTheProcessorGenerates() throws IOException {
        Compilation compilation = compile(CSV);
        String generated = new String(compilation.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "driverkit/registry/sources/csv.properties").orElseThrow().openInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(generated.contains("\nkind=csv\nclass=test.CsvSource\n"
                + "codec=test.CsvSource_SpecCodec\nengines=STOREY\n"), generated);
    }
}
