package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.assertWarning;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Target drivers: CONTRACT.md's target rows, the flags, and queryable targets. */
class TargetDiagnosticsTest {
    static final String IS_SINGLE_FILE = "public boolean isSingleFile() { return false; }";
    static final String ADD_WRITER_STEP = "public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) { return null; }";
    static final String SPARK_OPTIONS = "public Map<String, String> getSparkOptions(WriteRequest request) { return Map.of(); }";
    static final String PREPARE_SPARK_DF = "public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) { return df; }";
    static final String WRITE_DATAFRAME = "public void writeDataframe(DataFrame df, WriteRequest request) {}";
    static final String AS_DF = "public DataFrame asDf(ReadRequest request) { return null; }";
    static final String GET_TABLE_OBJECT = "public FeatureTable getTableObject() { return null; }";
    static final List<String> ALL = List.of(IS_SINGLE_FILE, ADD_WRITER_STEP, SPARK_OPTIONS, PREPARE_SPARK_DF,
            WRITE_DATAFRAME, AS_DF);

    static JavaFileObject target(String annotation, String... methods) {
        return source("ParquetTarget", annotation + "\npublic class ParquetTarget extends BaseStoreTarget {\n"
                + "    public ParquetTarget() {}\n"
                + Arrays.stream(methods).map(m -> "    " + m + "\n").collect(Collectors.joining()) + "}\n");
    }

    @Test
    void offlineTargetOnEveryEngineCompilesAndIsRegistered() throws java.io.IOException {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.SPARK, Engine.STOREY,"
                + " Engine.PANDAS}, offline = true, append = true)", ALL.toArray(String[]::new));
        Compilation compilation = compile(parquet);
        assertThat(compilation).succeededWithoutWarnings();
        String entry = new String(compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
                "driverkit/registry/targets/parquet.properties").orElseThrow().openInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertTrue(entry.contains("engines=STOREY,SPARK,PANDAS\n"
                + "append=true\noffline=true\nonline=false\nqueryable=false\ntable=false\n"), entry);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource(delimiter = '|', value = {
        "STOREY|addWriterStep|lists Engine.STOREY in supports|public Flow.Subscriber<Event> addWriterStep(WriterStepRequest request) {",
        "SPARK|getSparkOptions|lists Engine.SPARK in supports|public Map<String, String> getSparkOptions(WriteRequest request) {",
        "SPARK|prepareSparkDf|lists Engine.SPARK in supports|public Dataset<Row> prepareSparkDf(Dataset<Row> df, WriteRequest request) {",
        "PANDAS|writeDataframe|lists Engine.PANDAS in supports|public void writeDataframe(DataFrame df, WriteRequest request) {",
        "PANDAS|asDf|lists Engine.PANDAS in supports|public DataFrame asDf(ReadRequest request) {",
        "STOREY|isSingleFile|is an offline target (offline = true)|public boolean isSingleFile() {",
    })
    void targetMethodMissing(String engine, String method, String because, String declaration) {
        String[] present = ALL.stream().filter(m -> !m.contains(" " + method + "(")).toArray(String[]::new);
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine." + engine + "})", present);
        Compilation compilation = compile(parquet);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, parquet, "public class ParquetTarget",
                "[DK022] ParquetTarget " + because + " but has no method " + method + ".", "add this method");
        assertThat(compilation).hadErrorContaining(declaration);
    }

    @Test
    void sourceSignatureOfGetSparkOptionsIsWrongOnATarget() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.SPARK})", IS_SINGLE_FILE,
                "public Map<String, String> getSparkOptions() { return Map.of(); }", PREPARE_SPARK_DF);
        assertError(compile(parquet), parquet, "getSparkOptions()",
                "[DK023] method getSparkOptions of ParquetTarget does not have the signature Engine.SPARK expects: it"
                        + " takes () instead of (WriteRequest request).",
                "change it to:");
    }

    @Test
    void neitherOfflineNorOnline() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.STOREY},\n"
                + "        offline = false)", ADD_WRITER_STEP);
        assertError(compile(parquet), parquet, "offline = false",
                "[DK040] target ParquetTarget is neither offline nor online.",
                "set offline = true (files, warehouses) or online = true (key-value stores serving the latest values);"
                        + " a stream that only appends (MLRun's kafka and stream targets) sets append = true instead");
    }

    @Test
    void anAppendOnlyStreamIsNeitherOfflineNorOnline() {
        JavaFileObject kafka = target("@TargetDriver(kind = \"kafka\", supports = {Engine.STOREY}, offline = false,"
                + " append = true)", ADD_WRITER_STEP);
        assertThat(compile(kafka)).succeededWithoutWarnings();
    }

    @Test
    void onlineTargetWithoutStorey() {
        JavaFileObject redis = target("@TargetDriver(kind = \"redisnosql\", supports = {Engine.SPARK}, offline = false,"
                + " online = true, table = true)", SPARK_OPTIONS, PREPARE_SPARK_DF);
        Compilation compilation = compile(redis);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, redis, "@TargetDriver",
                "[DK041] online target ParquetTarget does not list Engine.STOREY; online targets are fed by the event"
                        + " stream, through the writer that addWriterStep returns.",
                "add Engine.STOREY to supports (and the addWriterStep method the compiler then asks for)");
    }

    @Test
    void appendOnAFrameOnlyTargetIsAWarning() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.PANDAS},\n"
                + "        append = true)", IS_SINGLE_FILE, WRITE_DATAFRAME, AS_DF);
        Compilation compilation = compile(parquet);
        assertThat(compilation).succeeded();
        assertWarning(compilation, parquet, "append = true)",
                "[DK042] target ParquetTarget is declared append = true but supports only Engine.PANDAS",
                "make writeDataframe honour request.overwrite() == false, or add Engine.STOREY or Engine.SPARK, or"
                        + " remove append = true");
    }

    @Test
    void queryableOnlineTargetNeedsGetTableObject() {
        JavaFileObject redis = target("@TargetDriver(kind = \"redisnosql\", supports = {Engine.STOREY}, offline = false,"
                + " online = true, table = true, queryable = true)", ADD_WRITER_STEP);
        Compilation compilation = compile(redis);
        assertError(compilation, redis, "public class ParquetTarget",
                "[DK022] ParquetTarget is an online queryable target (online = true, queryable = true) but has no"
                        + " method getTableObject.",
                "add this method (imports: dev.driverkit.engine.FeatureTable):");
        assertThat(compilation).hadErrorContaining("public FeatureTable getTableObject() {");
    }

    @Test
    void queryableOnlineTargetCompiles() {
        JavaFileObject redis = target("@TargetDriver(kind = \"redisnosql\", supports = {Engine.STOREY}, offline = false,"
                + " online = true, table = true, queryable = true)", ADD_WRITER_STEP, GET_TABLE_OBJECT);
        assertThat(compile(redis)).succeededWithoutWarnings();
    }

    @Test
    void queryableOfflineSparkTargetNeedsAsDfButNoOtherFrameMethod() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.SPARK}, queryable = true)",
                IS_SINGLE_FILE, SPARK_OPTIONS, PREPARE_SPARK_DF);
        Compilation compilation = compile(parquet);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, parquet, "public class ParquetTarget",
                "[DK022] ParquetTarget is an offline queryable target (offline = true, queryable = true) but has no"
                        + " method asDf.",
                "add this method");
        JavaFileObject fixed = target("@TargetDriver(kind = \"parquet\", supports = {Engine.SPARK}, queryable = true)",
                IS_SINGLE_FILE, SPARK_OPTIONS, PREPARE_SPARK_DF, AS_DF);
        assertThat(compile(fixed)).succeededWithoutWarnings();
    }

    @Test
    void targetExtendingTheSourceBase() {
        JavaFileObject parquet = source("ParquetTarget", """
                @TargetDriver(kind = "parquet", supports = {Engine.STOREY})
                public class ParquetTarget extends BaseSourceDriver {
                """ + "    " + IS_SINGLE_FILE + "\n    " + ADD_WRITER_STEP + "\n}\n");
        assertError(compile(parquet), parquet, "public class ParquetTarget",
                "[DK010] ParquetTarget is annotated @TargetDriver but does not extend dev.driverkit.BaseStoreTarget;"
                        + " it extends BaseSourceDriver, which goes with @SourceDriver.",
                "declare it as: public class ParquetTarget extends BaseStoreTarget; or, if it is a source, replace"
                        + " @TargetDriver with @SourceDriver");
    }

    @Test
    void targetExtendingOnlineSource() {
        JavaFileObject kafka = source("KafkaTarget", """
                @TargetDriver(kind = "kafka", supports = {Engine.STOREY}, online = true)
                public class KafkaTarget extends OnlineSource {
                """ + "    " + ADD_WRITER_STEP + "\n}\n");
        assertError(compile(kafka), kafka, "public class KafkaTarget",
                "[DK010] KafkaTarget is annotated @TargetDriver but does not extend dev.driverkit.BaseStoreTarget;"
                        + " it extends OnlineSource, which goes with @SourceDriver.",
                "declare it as: public class KafkaTarget extends BaseStoreTarget; or, if it is a source, replace"
                        + " @TargetDriver with @SourceDriver");
    }

    @Test
    void sourceAndTargetMayShareAKindButTwoTargetsMayNot() {
        JavaFileObject source = source("ParquetSource", """
                @SourceDriver(kind = "parquet", supports = {Engine.STOREY})
                public class ParquetSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        JavaFileObject target = target("@TargetDriver(kind = \"parquet\", supports = {Engine.STOREY})",
                IS_SINGLE_FILE, ADD_WRITER_STEP);
        assertThat(compile(source, target)).succeededWithoutWarnings();
        JavaFileObject other = source("OtherParquet", "@TargetDriver(kind = \"parquet\", supports = {Engine.STOREY})\n"
                + "public class OtherParquet extends BaseStoreTarget {\n    " + IS_SINGLE_FILE + "\n    " + ADD_WRITER_STEP
                + "\n}\n");
        Compilation clash = compile(target, other);
        assertThat(clash).hadErrorCount(2);
        assertThat(clash).hadErrorContaining("[DK003] target kind \"parquet\"");
    }

    @Test
    void targetMethodWithoutItsEngineIsAWarning() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.STOREY})",
                IS_SINGLE_FILE, ADD_WRITER_STEP, WRITE_DATAFRAME);
        assertWarning(compile(parquet), parquet, "writeDataframe(DataFrame df",
                "[DK024] method writeDataframe is an Engine.PANDAS method, but ParquetTarget does not list Engine.PANDAS"
                        + " in supports, so no engine will call it.",
                "add Engine.PANDAS to supports, or delete the method");
    }

    @Test
    void targetMethodsWhoseFlagIsMissingAreNeverCalled() {
        JavaFileObject memory = target("@TargetDriver(kind = \"memory\", supports = {Engine.STOREY}, offline = false,"
                + " online = true)", ADD_WRITER_STEP, IS_SINGLE_FILE, GET_TABLE_OBJECT);
        Compilation compilation = compile(memory);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(2);
        assertWarning(compilation, memory, "isSingleFile()",
                "[DK027] method isSingleFile of ParquetTarget is never called: engines call isSingleFile only on a"
                        + " target that is declared with offline = true.",
                "change ParquetTarget so that it is declared with offline = true, or delete the method");
        assertWarning(compilation, memory, "getTableObject()",
                "[DK027] method getTableObject of ParquetTarget is never called: engines call getTableObject only on a"
                        + " target that is declared with online = true, queryable = true.",
                "change ParquetTarget so that it is declared with online = true, queryable = true, or delete the"
                        + " method");
    }

    @Test
    void specKeyThatShadowsACommonTargetFieldIsAWarning() {
        JavaFileObject parquet = target("@TargetDriver(kind = \"parquet\", supports = {Engine.STOREY})",
                "@Spec Integer maxEvents;", IS_SINGLE_FILE, ADD_WRITER_STEP);
        Compilation compilation = compile(parquet);
        assertThat(compilation).succeeded();
        assertWarning(compilation, parquet, "Integer maxEvents",
                "[DK036] spec key \"max_events\" of field ParquetTarget.maxEvents is also a top-level target spec key",
                "rename it with @Spec(name = \"...\"), or use the common field (get/setMaxEvents) the base class has");
    }
}
