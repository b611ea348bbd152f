package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.assertWarning;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Required methods per engine and flag (CONTRACT.md's table): missing, wrong, overloaded, undeclared. */
class EngineMethodDiagnosticsTest {
    private static final String TO_STEP = "public Flow.Publisher<Event> toStep(StepRequest request) { return null; }";
    private static final String SPARK_OPTIONS = "public Map<String, String> getSparkOptions() { return Map.of(); }";
    private static final String TO_SPARK_DF =
            "public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) { return null; }";
    private static final String TO_DATAFRAME = "public DataFrame toDataframe(ReadRequest request) { return null; }";

    private static JavaFileObject driver(String annotation, String base, String... methods) {
        return source("CsvSource", annotation + "\npublic class CsvSource extends " + base + " {\n"
                + "    public CsvSource() {}\n"
                + Arrays.stream(methods).map(m -> "    " + m + "\n").collect(Collectors.joining()) + "}\n");
    }

    @Test
    void completeDriverOnEveryEngineCompilesWithoutWarnings() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.PANDAS, Engine.SPARK, Engine.STOREY})",
                "BaseSourceDriver", TO_STEP, SPARK_OPTIONS, TO_SPARK_DF, TO_DATAFRAME);
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @ParameterizedTest(name = "{0} without {1}")
    @CsvSource(delimiter = '|', value = {
        "STOREY|toStep|public Flow.Publisher<Event> toStep(StepRequest request) {|dev.driverkit.engine.Event, dev.driverkit.engine.StepRequest, java.util.concurrent.Flow",
        "SPARK|getSparkOptions|public Map<String, String> getSparkOptions() {|java.util.Map",
        "SPARK|toSparkDf|public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) {|dev.driverkit.engine.ReadRequest, org.apache.spark.sql.Dataset, org.apache.spark.sql.Row, org.apache.spark.sql.SparkSession",
        "PANDAS|toDataframe|public DataFrame toDataframe(ReadRequest request) {|dev.driverkit.engine.ReadRequest, org.dflib.DataFrame",
    })
    void engineDeclaredWithoutItsMethod(String engine, String method, String declaration, String imports) {
        List<String> all = List.of(TO_STEP, SPARK_OPTIONS, TO_SPARK_DF, TO_DATAFRAME);
        String[] present = all.stream().filter(m -> !m.contains(" " + method + "(")).toArray(String[]::new);
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine." + engine + "})",
                "BaseSourceDriver", present);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "public class CsvSource",
                "[DK022] CsvSource lists Engine." + engine + " in supports but has no method " + method + ".",
                "add this method (imports: " + imports + "):");
        assertThat(compilation).hadErrorContaining(declaration);
    }

    @Test
    void iteratorSourceNeedsIsIteratorAndChunkedFrames() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.PANDAS}, iterator = true)",
                "BaseSourceDriver", TO_DATAFRAME);
        Compilation compilation = compile(csv);
        assertError(compilation, csv, "public class CsvSource",
                "[DK022] CsvSource is an iterator source (iterator = true) but has no method isIterator.",
                "add this method:");
        assertThat(compilation).hadErrorContaining("public boolean isIterator() {");
        assertError(compilation, csv, "public DataFrame toDataframe",
                "[DK023] method toDataframe of CsvSource does not have the signature Engine.PANDAS expects:"
                        + " it returns DataFrame instead of Stream<DataFrame>.",
                "change it to:");
        assertThat(compilation).hadErrorContaining("public Stream<DataFrame> toDataframe(ReadRequest request)");
    }

    @Test
    void iteratorSourceWithChunksCompiles() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.PANDAS}, iterator = true)",
                "BaseSourceDriver", "public boolean isIterator() { return true; }",
                "public Stream<DataFrame> toDataframe(ReadRequest request) { return Stream.empty(); }");
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @Test
    void onlineSourceWithoutAddNuclioTrigger() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"http\", supports = {Engine.STOREY})", "OnlineSource", TO_STEP);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "public class CsvSource",
                "[DK022] CsvSource is an online source (extends OnlineSource) but has no method addNuclioTrigger.",
                "add this method (imports: dev.driverkit.engine.NuclioFunction):");
        assertThat(compilation).hadErrorContaining("public NuclioFunction addNuclioTrigger(NuclioFunction function) {");
    }

    @Test
    void onlineSourceOnSparkNeedsNoSparkOptions() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"http\", supports = {Engine.SPARK})", "OnlineSource",
                "public NuclioFunction addNuclioTrigger(NuclioFunction function) { return function; }", TO_SPARK_DF);
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @Test
    void sparkOptionsOfAnOnlineSourceAreNeverCalled() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"http\", supports = {Engine.SPARK})", "OnlineSource",
                "public NuclioFunction addNuclioTrigger(NuclioFunction function) { return function; }", TO_SPARK_DF,
                SPARK_OPTIONS);
        Compilation compilation = compile(csv);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertWarning(compilation, csv, "getSparkOptions()",
                "[DK027] method getSparkOptions of CsvSource is never called: engines call getSparkOptions only on a"
                        + " source that does not extend OnlineSource.",
                "change CsvSource so that it does not extend OnlineSource, or delete the method");
    }

    @Test
    void methodsWhoseFlagIsMissingAreNeverCalled() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                TO_STEP, "public boolean isIterator() { return true; }",
                "public NuclioFunction addNuclioTrigger(NuclioFunction function) { return function; }",
                "public boolean isSingleFile() { return true; }");
        Compilation compilation = compile(csv);
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(3);
        assertWarning(compilation, csv, "isIterator()",
                "[DK027] method isIterator of CsvSource is never called: engines call isIterator only on a source that"
                        + " is declared with iterator = true.",
                "change CsvSource so that it is declared with iterator = true, or delete the method");
        assertWarning(compilation, csv, "addNuclioTrigger(NuclioFunction function)",
                "[DK027] method addNuclioTrigger of CsvSource is never called: engines call addNuclioTrigger only on a"
                        + " source that extends OnlineSource.",
                "change CsvSource so that it extends OnlineSource, or delete the method");
        assertWarning(compilation, csv, "isSingleFile()",
                "[DK027] method isSingleFile of CsvSource is never called: isSingleFile is a target method, and no"
                        + " engine asks a source for it.",
                "delete the method, or rename it if it is a helper of your own");
    }

    @Test
    void missingParameterIsNamed() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.SPARK})", "BaseSourceDriver",
                SPARK_OPTIONS, "public Dataset<Row> toSparkDf(SparkSession session) { return null; }");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "toSparkDf(SparkSession session)",
                "[DK023] method toSparkDf of CsvSource does not have the signature Engine.SPARK expects: it takes"
                        + " (SparkSession session) instead of (SparkSession session, ReadRequest request).",
                "change it to:");
        assertThat(compilation).hadErrorContaining("public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request)");
    }

    @Test
    void wrongReturnTypeArgumentsAndModifiersAreAllNamed() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.SPARK})", "BaseSourceDriver",
                "static Map<String, Object> getSparkOptions() { return Map.of(); }", TO_SPARK_DF);
        assertError(compile(csv), csv, "getSparkOptions()",
                "[DK023] method getSparkOptions of CsvSource does not have the signature Engine.SPARK expects: it is not"
                        + " public; it is static; it returns Map<String, Object> instead of Map<String, String>.",
                "change it to:");
    }

    @Test
    void nestedTypesKeepTheirEnclosingName() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                "public Flow.Publisher<Object> toStep(StepRequest request) { return null; }");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "toStep(StepRequest request)",
                "[DK023] method toStep of CsvSource does not have the signature Engine.STOREY expects: it returns"
                        + " Flow.Publisher<Object> instead of Flow.Publisher<Event>.",
                "change it to:");
    }

    /** ECJ's Types.isSubtype accepts a raw type for a parameterized one: documented in docs/ecj.md. */
    @Test
    void rawReturnTypeIsNotAccepted() {
        org.junit.jupiter.api.Assumptions.assumeFalse(Drivers.onEcj(), "ECJ's isSubtype accepts the raw type");
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                "@SuppressWarnings(\"rawtypes\") public Flow.Publisher toStep(StepRequest request) { return null; }");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "toStep(StepRequest request)",
                "[DK023] method toStep of CsvSource does not have the signature Engine.STOREY expects: it returns"
                        + " the raw type Flow.Publisher instead of Flow.Publisher<Event>.",
                "change it to:");
    }

    @Test
    void wrongMethodInheritedFromTheAuthorsOwnBaseClassNamesThatClass() {
        JavaFileObject base = source("FileSource", """
                public abstract class FileSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(String topic) { return null; }
                }
                """);
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "FileSource");
        Compilation compilation = compile(base, csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "public class CsvSource",
                "[DK023] method toStep of CsvSource (declared in its superclass FileSource) does not have the"
                        + " signature Engine.STOREY expects: it takes (String topic) instead of (StepRequest request).",
                "change it to:");
    }

    @Test
    void narrowerReturnTypeIsAccepted() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                "public java.util.concurrent.SubmissionPublisher<Event> toStep(StepRequest request) { return null; }");
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @Test
    void methodInheritedFromTheAuthorsOwnBaseClassCounts() {
        JavaFileObject base = source("FileSource", """
                public abstract class FileSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "FileSource");
        assertThat(compile(base, csv)).succeededWithoutWarnings();
    }

    @Test
    void overloadedRequiredMethod() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                TO_STEP, "public Flow.Publisher<Event> toStep(String topic) { return null; }");
        Compilation compilation = compile(csv);
        if (Drivers.onEcj()) {
            // ECJ lists a class's methods in an order that varies from run to run, and DK025 goes on the second
            // one listed: on ECJ it may sit on either toStep (docs/ecj.md)
            assertThat(compilation).hadErrorContaining("[DK025] CsvSource declares toStep more than once").inFile(csv);
            return;
        }
        assertError(compilation, csv, "toStep(String topic)",
                "[DK025] CsvSource declares toStep more than once; a driver method appears once per driver.",
                "keep only: public Flow.Publisher<Event> toStep(StepRequest request)");
    }

    @Test
    void engineMethodWithoutItsEngineIsAWarning() {
        JavaFileObject csv = driver("@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})", "BaseSourceDriver",
                TO_STEP, TO_DATAFRAME);
        Compilation compilation = compile(csv);
        assertThat(compilation).succeeded();
        assertWarning(compilation, csv, "toDataframe(ReadRequest request)",
                "[DK024] method toDataframe is an Engine.PANDAS method, but CsvSource does not list Engine.PANDAS in"
                        + " supports, so no engine will call it.",
                "add Engine.PANDAS to supports, or delete the method");
    }

    @Test
    void engineLibraryMissingFromTheClassPath() {
        List<File> withoutSpark = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("spark") && !entry.contains("scala"))
                .map(File::new).toList();
        JavaFileObject noSparkImports = com.google.testing.compile.JavaFileObjects.forSourceString("test.CsvSource",
                csvWithoutSparkImports());
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DriverProcessor()).withClasspath(withoutSpark).compile(noSparkImports);
        Drivers.assertNoCrash(compilation);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, noSparkImports, "@SourceDriver",
                "[DK026] CsvSource lists Engine.SPARK, but org.apache.spark.sql.Dataset is not on the compile class path.",
                "add the engine's library to the dependencies, as provided (the version driverkit is built and tested"
                        + " with):");
        assertThat(compilation).hadErrorContaining("      <groupId>org.apache.spark</groupId>\n"
                + "        <artifactId>spark-sql_2.13</artifactId>\n        <version>");
        // The methods Spark will ask for, from the role interfaces, although Spark's types are absent.
        assertThat(compilation).hadErrorContaining("then add the methods Engine.SPARK calls (imports:"
                + " dev.driverkit.engine.ReadRequest, java.util.Map, org.apache.spark.sql.Dataset,"
                + " org.apache.spark.sql.Row, org.apache.spark.sql.SparkSession):");
        assertThat(compilation).hadErrorContaining("public Map<String, String> getSparkOptions() { ... }");
        assertThat(compilation).hadErrorContaining(
                "public Dataset<Row> toSparkDf(SparkSession session, ReadRequest request) { ... }");
    }

    @Test
    void engineLibraryMissingWhileTheDriverUsesItsTypesIsDk026NotDk090() {
        List<File> withoutDflib = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("dflib"))
                .map(File::new).toList();
        JavaFileObject csv = com.google.testing.compile.JavaFileObjects.forSourceString("test.CsvSource", """
                package test;

                import dev.driverkit.*;
                import dev.driverkit.engine.*;
                import org.dflib.DataFrame;

                @SourceDriver(kind = "csv", supports = Engine.PANDAS)
                public class CsvSource extends BaseSourceDriver {
                    public DataFrame toDataframe(ReadRequest request) { return null; }
                }
                """);
        Compilation compilation = com.google.testing.compile.Compiler.javac()
                .withProcessors(new DriverProcessor()).withClasspath(withoutDflib).compile(csv);
        Drivers.assertNoCrash(compilation);
        assertThat(compilation).hadErrorContaining("package org.dflib does not exist");
        assertError(compilation, csv, "@SourceDriver",
                "[DK026] CsvSource lists Engine.PANDAS, but org.dflib.DataFrame is not on the compile class path.",
                "add the engine's library to the dependencies, as provided (the version driverkit is built and tested"
                        + " with):");
        assertThat(compilation).hadErrorContaining("<artifactId>dflib</artifactId>");
        assertThat(compilation).hadErrorContaining("then the compiler checks CsvSource's methods for Engine.PANDAS");
        for (javax.tools.Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
            org.junit.jupiter.api.Assertions.assertFalse(error.getMessage(null).contains("[DK090]"), error.getMessage(null));
        }
    }

    @Test
    void storeyOnlyDriverAndItsGeneratedCodeCompileWithoutAnyEngineLibrary() {
        List<File> withoutEngines = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("spark") && !entry.contains("scala") && !entry.contains("dflib"))
                .map(File::new).toList();
        JavaFileObject storeyOnly = com.google.testing.compile.JavaFileObjects.forSourceString("test.EventSource", """
                package test;

                import dev.driverkit.*;
                import dev.driverkit.engine.*;
                import java.util.concurrent.Flow;

                @SourceDriver(kind = "events", supports = {Engine.STOREY})
                public class EventSource extends BaseSourceDriver {
                    @Spec String topic;

                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = com.google.testing.compile.Compiler.javac().withProcessors(new DriverProcessor())
                .withOptions("-Xlint:all").withClasspath(withoutEngines).compile(storeyOnly);
        Drivers.assertNoCrash(compilation);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(StandardLocation.CLASS_OUTPUT, "test/EventSource_SpecCodec$Adapter.class");
    }

    private static String csvWithoutSparkImports() {
        return """
                package test;

                import dev.driverkit.*;
                import dev.driverkit.engine.*;
                import java.util.concurrent.Flow;

                @SourceDriver(kind = "csv", supports = {Engine.STOREY, Engine.SPARK})
                public class CsvSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """;
    }
}
