package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The processor takes the contract from the runtime's {@code @Role} interfaces alone: a method added to
 * a role is required with no other edit, optional (default) methods are checked when declared, and the
 * generated adapter follows the roles.
 */
class EngineContractTest {
    private static final String TO_STEP = "public Flow.Publisher<Event> toStep(StepRequest request) { return null; }";
    private static final String ADD_WRITER_STEP = TargetDiagnosticsTest.ADD_WRITER_STEP;
    private static final String SPARK_OPTIONS = TargetDiagnosticsTest.SPARK_OPTIONS;
    private static final String PREPARE_SPARK_DF = TargetDiagnosticsTest.PREPARE_SPARK_DF;
    private static final String IS_SINGLE_FILE = TargetDiagnosticsTest.IS_SINGLE_FILE;

    /** The runtime's StoreySource with one more method, as a driverkit developer would add it. */
    private static final JavaFileObject STOREY_SOURCE_WITH_A_NEW_METHOD = JavaFileObjects.forSourceString(
            "dev.driverkit.engine.StoreySource", """
            package dev.driverkit.engine;

            import dev.driverkit.Engine;
            import dev.driverkit.registry.Direction;
            import java.time.Duration;
            import java.util.concurrent.Flow;

            @Role(direction = Direction.SOURCE, engine = Engine.STOREY)
            public interface StoreySource extends DriverAdapter {
                Flow.Publisher<Event> toStep(StepRequest request);

                Duration pollInterval(String topicName);
            }
            """);

    @Test
    void aMethodAddedToARoleIsRequiredWithoutAnyOtherEdit() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = Engine.STOREY)
                public class CsvSource extends BaseSourceDriver {
                    %s
                }
                """.formatted(TO_STEP));
        Compilation compilation = compile(STOREY_SOURCE_WITH_A_NEW_METHOD, csv);
        assertThat(compilation).hadErrorCount(1);
        // The parameter name comes from the role, the import from its type.
        assertError(compilation, csv, "public class CsvSource",
                "[DK022] CsvSource lists Engine.STOREY in supports but has no method pollInterval.",
                "add this method (imports: java.time.Duration):");
        assertThat(compilation).hadErrorContaining("public Duration pollInterval(String topicName) {");
    }

    @Test
    void theAdapterImplementsAMethodAddedToARole() throws IOException {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = Engine.STOREY)
                public class CsvSource extends BaseSourceDriver {
                    %s
                    public java.time.Duration pollInterval(String topicName) { return java.time.Duration.ZERO; }
                }
                """.formatted(TO_STEP));
        Compilation compilation = compile(STOREY_SOURCE_WITH_A_NEW_METHOD, csv);
        // Only javac's lint about @Role, which no processor claims when the runtime is compiled with the driver.
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        String codec = compilation.generatedSourceFile("test.CsvSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(codec.contains("public Duration pollInterval(String topicName) {\n"
                + "            return driver.pollInterval(topicName);"), codec);
    }

    @Test
    void aNearMissIsPointedAtInsteadOfSayingTheMethodIsMissing() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = Engine.PANDAS)
                public class CsvSource extends BaseSourceDriver {
                    public DataFrame toDataFrame(ReadRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "public DataFrame toDataFrame",
                "[DK022] CsvSource lists Engine.PANDAS in supports but has no method toDataframe; toDataFrame looks"
                        + " like a misspelling of it.",
                "rename toDataFrame to toDataframe with this signature (imports: dev.driverkit.engine.ReadRequest,"
                        + " org.dflib.DataFrame):");
    }

    @Test
    void aMisspeltTargetMethodIsANearMissToo() {
        JavaFileObject parquet = TargetDiagnosticsTest.target("@TargetDriver(kind = \"parquet\", supports = Engine.STOREY)",
                IS_SINGLE_FILE, "public Flow.Subscriber<Event> addWritterStep(WriterStepRequest request) { return null; }");
        Compilation compilation = compile(parquet);
        assertError(compilation, parquet, "addWritterStep(",
                "has no method addWriterStep; addWritterStep looks like a misspelling of it.",
                "rename addWritterStep to addWriterStep with this signature");
    }

    @Test
    void anOptionalMethodIsNotRequiredAndTheAdapterKeepsTheEngineDefault() throws IOException {
        JavaFileObject parquet = TargetDiagnosticsTest.target("@TargetDriver(kind = \"parquet\", supports = Engine.SPARK)",
                IS_SINGLE_FILE, SPARK_OPTIONS, PREPARE_SPARK_DF);
        Compilation compilation = compile(parquet);
        assertThat(compilation).succeededWithoutWarnings();
        assertFalse(adapterOf(compilation).contains("writeSparkDf"), "the role's default write runs");
    }

    @Test
    void anOptionalMethodThatIsDeclaredIsCheckedAndCalled() throws IOException {
        String writeSparkDf = "public void writeSparkDf(Dataset<Row> df, WriteRequest request) {}";
        JavaFileObject parquet = TargetDiagnosticsTest.target("@TargetDriver(kind = \"parquet\", supports = Engine.SPARK)",
                IS_SINGLE_FILE, SPARK_OPTIONS, PREPARE_SPARK_DF, writeSparkDf);
        Compilation compilation = compile(parquet);
        assertThat(compilation).succeededWithoutWarnings();
        assertTrue(adapterOf(compilation).contains("public void writeSparkDf(Dataset<Row> df, WriteRequest request) {\n"
                + "            driver.writeSparkDf(df, request);"), adapterOf(compilation));

        JavaFileObject wrong = TargetDiagnosticsTest.target("@TargetDriver(kind = \"parquet\", supports = Engine.SPARK)",
                IS_SINGLE_FILE, SPARK_OPTIONS, PREPARE_SPARK_DF,
                "public boolean writeSparkDf(Dataset<Row> df) { return true; }");
        Compilation wrongCompilation = compile(wrong);
        assertError(wrongCompilation, wrong, "public boolean writeSparkDf",
                "[DK023] method writeSparkDf of ParquetTarget does not have the signature Engine.SPARK expects: it"
                        + " returns boolean instead of void; it takes (Dataset<Row> df) instead of (Dataset<Row> df,"
                        + " WriteRequest request).",
                "change it to:");
    }

    @Test
    void theAdapterNamesTheMostSpecificRoles() throws IOException {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = Engine.SPARK)
                public class CsvSource extends BaseSourceDriver {
                    public Map<String, String> getSparkOptions() { return Map.of(); }
                    public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).succeededWithoutWarnings();
        String codec = compilation.generatedSourceFile("test.CsvSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        assertTrue(codec.contains("public static final class Adapter implements SparkOfflineSource {"), codec);
    }

    private static String adapterOf(Compilation compilation) throws IOException {
        String codec = compilation.generatedSourceFile("test.ParquetTarget_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        return codec.substring(codec.indexOf("class Adapter"));
    }

}
