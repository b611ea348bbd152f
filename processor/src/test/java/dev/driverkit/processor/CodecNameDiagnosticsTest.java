package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.STOREY_BODY;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated spec codec's class name is free (DK037), and a driver's own earlier codec is not a clash. */
class CodecNameDiagnosticsTest {
    private static final String FIX = "; a driver's generated class is named after the driver class (nested class"
            + " names joined by '_') plus _SpecCodec";

    private static final JavaFileObject CSV = source("CsvSource", """
            @SourceDriver(kind = "csv", supports = {Engine.STOREY})
            public class CsvSource extends BaseSourceDriver {
            """ + STOREY_BODY + "}\n");

    @Test
    void nestedDriverAndTopLevelDriverWithTheSameCodecName() {
        JavaFileObject outer = source("Outer", """
                public class Outer {
                    @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                    public static class Csv extends BaseSourceDriver {
                        public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                    }
                }
                """);
        JavaFileObject outerCsv = source("Outer_Csv", """
                @SourceDriver(kind = "tsv", supports = {Engine.STOREY})
                public class Outer_Csv extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(outer, outerCsv);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, outer, "public static class Csv",
                "[DK037] test.Outer.Csv needs the class name test.Outer_Csv_SpecCodec for its generated spec codec,"
                        + " but driver test.Outer_Csv needs it too.",
                "rename test.Outer_Csv or test.Outer.Csv" + FIX);
        assertError(compilation, outerCsv, "public class Outer_Csv",
                "[DK037] test.Outer_Csv needs the class name test.Outer_Csv_SpecCodec for its generated spec codec,"
                        + " but driver test.Outer.Csv needs it too.",
                "rename test.Outer.Csv or test.Outer_Csv" + FIX);
    }

    @Test
    void classOfTheUserWithTheCodecName() {
        JavaFileObject taken = source("CsvSource_SpecCodec", "public class CsvSource_SpecCodec {}\n");
        Compilation compilation = compile(CSV, taken);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, CSV, "public class CsvSource",
                "[DK037] test.CsvSource needs the class name test.CsvSource_SpecCodec for its generated spec codec,"
                        + " but a class of that name already exists.",
                "rename test.CsvSource_SpecCodec or test.CsvSource" + FIX);
    }

    /** The engine adapter is nested in the codec: a class named like the adapters of earlier versions is no clash. */
    @Test
    void classOfTheUserWithTheFormerEngineAdapterName() {
        JavaFileObject formerName = source("CsvSource_Engines", "public class CsvSource_Engines {}\n");
        Compilation compilation = compile(CSV, formerName);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "test/CsvSource_SpecCodec$Adapter.class");
    }

    @Test
    void codecOfThisDriverInTheSourcesIsReportedNotACrash() {
        JavaFileObject copied = source("CsvSource_SpecCodec", """
                public abstract class CsvSource_SpecCodec implements dev.driverkit.spec.SpecCodec<CsvSource> {}
                """);
        Compilation compilation = compile(CSV, copied);
        assertError(compilation, CSV, "public class CsvSource",
                "[DK037] test.CsvSource needs the class name test.CsvSource_SpecCodec for its generated spec codec,"
                        + " but a class of that name is already part of this compilation.",
                "rename test.CsvSource_SpecCodec or test.CsvSource" + FIX);
    }

    /** An incremental build: the driver's registry entry and codec from the last build are on the class path. */
    @Test
    void ownCodecFromAnEarlierBuildIsNotAClash(@TempDir Path dir) throws IOException {
        Compilation first = compile(CSV);
        assertThat(first).succeededWithoutWarnings();
        File output = classOutput(first, dir);
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(dir.resolve("test/CsvSource_SpecCodec.class")),
                "the first build's codec class was not found");
        Compilation second = compile(List.of(output), CSV);
        if (Drivers.onEcj()) { // ECJ will not write a class that exists on the class path (docs/ecj.md)
            assertThat(second).hadErrorCount(1);
            assertError(second, CSV, "public class CsvSource", "[DK039] the spec codec test.CsvSource_SpecCodec of"
                    + " CsvSource from an earlier build is on the class path, and this compiler will not write a class"
                    + " that already exists.", "delete the earlier build's classes (mvn clean, or the IDE's clean) and"
                    + " compile again");
            return;
        }
        assertThat(second).succeeded();
        assertThat(second).generatedSourceFile("test.CsvSource_SpecCodec");
        for (javax.tools.Diagnostic<? extends JavaFileObject> diagnostic : second.diagnostics()) {
            org.junit.jupiter.api.Assertions.assertFalse(diagnostic.getMessage(null).contains("[DK"),
                    diagnostic.getMessage(null));
        }
    }

    @Test
    void codecOfAnotherDriverFromAnEarlierBuildIsAClash(@TempDir Path dir) throws IOException {
        JavaFileObject outer = source("Outer", """
                public class Outer {
                    @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                    public static class Csv extends BaseSourceDriver {
                        public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                    }
                }
                """);
        Compilation first = compile(outer);
        assertThat(first).succeededWithoutWarnings();
        JavaFileObject outerCsv = source("Outer_Csv", """
                @SourceDriver(kind = "tsv", supports = {Engine.STOREY})
                public class Outer_Csv extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(List.of(classOutput(first, dir)), outerCsv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, outerCsv, "public class Outer_Csv",
                "[DK037] test.Outer_Csv needs the class name test.Outer_Csv_SpecCodec for its generated spec codec,"
                        + " but that is already the spec codec of driver test.Outer.Csv.",
                "rename test.Outer.Csv or test.Outer_Csv" + FIX);
    }

    /** Copies a compilation's class files and resources into {@code dir}, as a build's output folder. */
    private static File classOutput(Compilation compilation, Path dir) throws IOException {
        String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.SOURCE || !path.contains(marker)) {
                continue;
            }
            Path target = dir.resolve(path.substring(path.indexOf(marker) + marker.length()));
            Files.createDirectories(target.getParent());
            try (InputStream in = file.openInputStream()) {
                Files.copy(in, target);
            }
        }
        return dir.toFile();
    }
}
