package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** DK028: engine methods the adapter calls declare no checked exception (the generated call would not compile). */
class CheckedExceptionDiagnosticsTest {
    @Test
    void checkedExceptionOnAnEngineMethod() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) throws java.io.IOException { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "public Flow.Publisher<Event> toStep",
                "[DK028] method toStep of CsvSource declares the checked exception IOException, but engines call it"
                        + " through the role interface StoreySource, which throws none.",
                "handle it inside the method, or rethrow it unchecked (e.g. new UncheckedIOException(e)), and remove"
                        + " it from the throws clause");
    }

    @Test
    void inheritedMethodIsReportedOnTheDriver() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends FileSource {
                }

                abstract class FileSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) throws Exception { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DK028] method toStep of CsvSource declares the checked exception"
                + " Exception").inFile(csv).onLineContaining("public class CsvSource");
    }

    @Test
    void uncheckedExceptionsMayBeDeclared() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) throws IllegalStateException, AssertionError {
                        return null;
                    }
                }
                """);
        assertThat(compile(csv)).succeededWithoutWarnings();
    }
}
