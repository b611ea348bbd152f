package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.assertWarning;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Spec} fields: modifiers, types and keys. */
class SpecFieldDiagnosticsTest {
    /**
     * ECJ places a message on one element of an array value ({@code aliases = {"a", "b"}}) at the start of the
     * annotation, javac on the element: documented in docs/ecj.md.
     */
    private static final String ANNOTATION_START_ON_ECJ = "@Spec(";

    private static JavaFileObject withFields(String fields) {
        return source("CsvSource", "@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})\n"
                + "public class CsvSource extends BaseSourceDriver {\n" + fields
                + "    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }\n}\n");
    }

    @Test
    void staticField() {
        JavaFileObject csv = withFields("    @Spec static String table;\n");
        assertError(compile(csv), csv, "@Spec static String table",
                "[DK030] @Spec field CsvSource.table is static; a spec field belongs to each driver instance.",
                "remove 'static', or remove @Spec");
    }

    @Test
    void finalField() {
        JavaFileObject csv = withFields("    @Spec final int batchSize = 10;\n");
        assertError(compile(csv), csv, "@Spec final int batchSize",
                "[DK031] @Spec field CsvSource.batchSize is final; reading a spec must be able to set it.",
                "remove 'final' (keep the default value in the initializer: @Spec int batchSize = ...;)");
    }

    @Test
    void privateField() {
        JavaFileObject csv = withFields("    @Spec private String table;\n");
        assertError(compile(csv), csv, "@Spec private String table",
                "[DK032] @Spec field CsvSource.table is private; the generated spec codec in package test cannot"
                        + " reach it.",
                "make it package-private (no modifier) in the driver's package, or public");
    }

    @Test
    void packagePrivateFieldOfASuperclassInAnotherPackage() {
        JavaFileObject base = Drivers.source("other.FileSource", """
                package other;
                public abstract class FileSource extends dev.driverkit.BaseSourceDriver {
                    @dev.driverkit.Spec String encoding;
                }
                """, true);
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends other.FileSource {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(base, csv);
        assertError(compilation, base, "String encoding",
                "[DK032] @Spec field FileSource.encoding is not public and declared in another package; the generated"
                        + " spec codec in package test cannot reach it.",
                "make it package-private (no modifier) in the driver's package, or public");
    }

    /** What a spec holds, from the runtime's table of types, ends every DK033 fix. */
    private static final String HOLDS = "; a spec holds String, primitives and their boxes, enums, java.time values"
            + " (Instant, LocalDate, LocalDateTime, LocalTime, OffsetDateTime, ZonedDateTime, Duration), Object (any JSON"
            + " value), and List, Set or Map<String, ...> of these";

    @Test
    void unsupportedType() {
        JavaFileObject csv = withFields("    @Spec java.io.File file;\n");
        assertError(compile(csv), csv, "java.io.File file",
                "[DK033] @Spec field CsvSource.file has type File, which a spec cannot hold.",
                "use String instead of File" + HOLDS);
    }

    @Test
    void unsupportedElementType() {
        JavaFileObject csv = withFields("    @Spec List<java.io.File> values;\n");
        assertError(compile(csv), csv, "List<java.io.File> values",
                "[DK033] @Spec field CsvSource.values has type List<File>, which a spec cannot hold (File is not"
                        + " supported).",
                "use List<String> instead of List<File>" + HOLDS);
    }

    @Test
    void mapWithNonStringKeys() {
        JavaFileObject csv = withFields("    @Spec Map<Integer, String> byId;\n");
        assertError(compile(csv), csv, "Map<Integer, String> byId",
                "[DK033] @Spec field CsvSource.byId has type Map<Integer, String>, which a spec cannot hold (JSON"
                        + " object keys are strings: use Map<String, ...>).",
                "use Map<String, String> instead of Map<Integer, String>" + HOLDS);
    }

    @Test
    void rawList() {
        JavaFileObject csv = withFields("    @SuppressWarnings(\"rawtypes\") @Spec List columns;\n");
        assertError(compile(csv), csv, "List columns",
                "[DK033] @Spec field CsvSource.columns has type List, which a spec cannot hold (a raw List: give its"
                        + " element type, e.g. List<String>).",
                "use List<String> instead of List" + HOLDS);
    }

    @Test
    void wildcardElement() {
        JavaFileObject csv = withFields("    @Spec List<? extends Number> values;\n");
        assertError(compile(csv), csv, "List<? extends Number> values",
                "[DK033] @Spec field CsvSource.values has type List<? extends Number>, which a spec cannot hold"
                        + " (use a concrete element type, not a wildcard or type variable).",
                "use List<Double> instead of List<? extends Number>" + HOLDS);
    }

    /** Each unsupported type gets the nearest type a spec holds, in one compile. */
    @Test
    void theFixNamesTheNearestSupportedType() {
        JavaFileObject csv = withFields("""
                    public static class Endpoint { public String host; public int port; }
                    public record Range(int from, int to) {}
                    @Spec int[] ports;
                    @Spec String[][] grid;
                    @Spec List<int[]> batches;
                    @Spec char[] separator;
                    @Spec byte[] secret;
                    @Spec java.util.Optional<String> label;
                    @Spec java.util.Optional<Integer> limit;
                    @Spec java.util.OptionalInt retries;
                    @Spec Endpoint endpoint;
                    @Spec Range range;
                    @Spec List<Endpoint> endpoints;
                    @Spec Map<String, Range> ranges;
                    @Spec java.util.Date since;
                    @Spec java.util.ArrayList<String> columns;
                    @Spec java.util.HashMap<Long, java.util.Date> seen;
                    @Spec java.math.BigDecimal ratio;
                    @Spec java.util.concurrent.atomic.AtomicLong counter;
                    @Spec java.net.InetAddress host;
                    @Spec java.time.OffsetTime at;
                """);
        Compilation compilation = compile(csv);
        String[][] cases = {
                {"int[] ports", "CsvSource.ports has type int[]", "use List<Integer> instead of int[]"},
                {"String[][] grid", "CsvSource.grid has type String[][]", "use List<List<String>> instead of String[][]"},
                {"List<int[]> batches", "CsvSource.batches has type List<int[]>",
                        "use List<List<Integer>> instead of List<int[]>"},
                {"char[] separator", "CsvSource.separator has type char[]", "use String instead of char[]"},
                {"byte[] secret", "CsvSource.secret has type byte[]", "use String instead of byte[]"},
                {"Optional<String> label", "CsvSource.label has type Optional<String>",
                        "use a nullable String instead of Optional<String> (null means not set, and is left out when"
                                + " written)"},
                {"Optional<Integer> limit", "CsvSource.limit has type Optional<Integer>",
                        "use a nullable Integer instead of Optional<Integer>"},
                {"OptionalInt retries", "CsvSource.retries has type OptionalInt",
                        "use a nullable Integer instead of OptionalInt"},
                {"Endpoint endpoint", "CsvSource.endpoint has type CsvSource.Endpoint",
                        "make the fields of CsvSource.Endpoint @Spec fields of the driver, or hold it as one JSON object"
                                + " with Map<String, Object>"},
                {"Range range", "CsvSource.range has type CsvSource.Range",
                        "make the fields of CsvSource.Range @Spec fields of the driver"},
                {"List<Endpoint> endpoints", "CsvSource.endpoints has type List<CsvSource.Endpoint>",
                        "use List<Map<String, Object>> instead of List<CsvSource.Endpoint>"},
                {"Map<String, Range> ranges", "CsvSource.ranges has type Map<String, CsvSource.Range>",
                        "use Map<String, Map<String, Object>> instead of Map<String, CsvSource.Range>"},
                {"Date since", "CsvSource.since has type Date", "use Instant instead of Date"},
                {"ArrayList<String> columns", "CsvSource.columns has type ArrayList<String>",
                        "use List<String> instead of ArrayList<String>"},
                {"seen;", "CsvSource.seen has type HashMap<Long, Date>",
                        "use Map<String, Instant> instead of HashMap<Long, Date>"},
                {"BigDecimal ratio", "CsvSource.ratio has type BigDecimal", "use double instead of BigDecimal"},
                {"AtomicLong counter", "CsvSource.counter has type AtomicLong", "use long instead of AtomicLong"},
                {"InetAddress host", "CsvSource.host has type InetAddress", "use String instead of InetAddress"},
                {"OffsetTime at", "CsvSource.at has type OffsetTime", "use LocalTime instead of OffsetTime"},
        };
        assertThat(compilation).hadErrorCount(cases.length);
        for (String[] c : cases) {
            assertError(compilation, csv, c[0], "[DK033] @Spec field " + c[1] + ", which a spec cannot hold", c[2]);
        }
    }

    @Test
    void duplicateKey() {
        JavaFileObject csv = withFields("    @Spec String batchSize;\n    @Spec(name = \"batch_size\") int size;\n");
        assertError(compile(csv), csv, "int size",
                "[DK034] spec key \"batch_size\" of CsvSource.size is already used by CsvSource.batchSize.",
                "give one of them another name with @Spec(name = \"...\")");
    }

    @Test
    void aliasCollidingWithAKey() {
        JavaFileObject csv = withFields("    @Spec String table;\n    @Spec(aliases = \"table\")\n    String tableName;\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@Spec(aliases = \"table\")",
                "[DK034] alias \"table\" of CsvSource.tableName is already used by CsvSource.table.",
                "remove \"table\" from the aliases of CsvSource.tableName, or give CsvSource.table another name with"
                        + " @Spec(name = \"...\")");
    }

    @Test
    void aliasRepeatingTheFieldsOwnKey() {
        JavaFileObject csv = withFields("    @Spec(aliases = {\"sep\",\n        \"quote\"})\n    String quote;\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, Drivers.onEcj() ? ANNOTATION_START_ON_ECJ : "\"quote\"})",
                "[DK034] alias \"quote\" of CsvSource.quote is already used by CsvSource.quote itself: the alias"
                        + " repeats the field's own key.",
                "remove \"quote\" from the aliases of CsvSource.quote; a field's own key is always read");
    }

    @Test
    void keyCollidingWithAnotherFieldsAlias() {
        JavaFileObject csv = withFields("    @Spec(aliases = \"sep\") String delimiter;\n"
                + "    @Spec(name = \"sep\") String separator;\n");
        assertError(compile(csv), csv, "String separator",
                "[DK034] spec key \"sep\" of CsvSource.separator is already used by CsvSource.delimiter, as an alias.",
                "give CsvSource.separator another name with @Spec(name = \"...\"), or remove \"sep\" from the aliases"
                        + " of CsvSource.delimiter");
    }

    @Test
    void malformedKey() {
        JavaFileObject csv = withFields("    @Spec(name = \"batch size\") int batchSize;\n");
        assertError(compile(csv), csv, "int batchSize",
                "[DK035] spec key \"batch size\" of field CsvSource.batchSize is not valid: 'space' is not allowed.",
                "use a snake_case key of letters, digits, '_' and '-', e.g. @Spec(name = \"batch_size\")");
    }

    @Test
    void blankKey() {
        JavaFileObject csv = withFields("    @Spec(name = \"  \") int batchSize;\n");
        assertError(compile(csv), csv, "int batchSize",
                "[DK035] spec key \"  \" of field CsvSource.batchSize is not valid: it is blank.",
                "use a snake_case key of letters, digits, '_' and '-', e.g. @Spec(name = \"batch_size\")");
    }

    @Test
    void malformedAliasPointsAtTheAlias() {
        JavaFileObject csv = withFields("    @Spec(name = \"table\",\n        aliases = {\"old key\"})\n    String table;\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, Drivers.onEcj() ? ANNOTATION_START_ON_ECJ : "aliases = {\"old key\"}",
                "[DK035] alias \"old key\" of field CsvSource.table is not valid: 'space' is not allowed.",
                "use a snake_case key of letters, digits, '_' and '-', e.g. @Spec(aliases = {\"old_key\"})");
    }

    @Test
    void fieldOfAPrivateNestedType() {
        JavaFileObject csv = withFields("    @Spec Secret secret;\n    private enum Secret { A }\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@Spec Secret secret",
                "[DK032] @Spec field CsvSource.secret has type CsvSource.Secret, which is private; the generated spec"
                        + " codec in package test cannot reach it.",
                "make CsvSource.Secret package-private (no modifier) in the driver's package, or public");
    }

    @Test
    void fieldWhoseElementTypeIsPrivate() {
        JavaFileObject csv = withFields("    @Spec List<Secret> secrets;\n    private enum Secret { A }\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@Spec List<Secret> secrets",
                "[DK032] @Spec field CsvSource.secrets has type List<CsvSource.Secret>, and CsvSource.Secret is"
                        + " private; the generated spec codec in package test cannot reach it.",
                "make CsvSource.Secret package-private (no modifier) in the driver's package, or public");
    }

    @Test
    void fieldOfANestedTypeInsideAPrivateClass() {
        JavaFileObject csv = withFields("    @Spec Holder.Mode mode;\n"
                + "    private static class Holder { public enum Mode { A } }\n");
        assertError(compile(csv), csv, "@Spec Holder.Mode mode",
                "[DK032] @Spec field CsvSource.mode has type CsvSource.Holder.Mode, and CsvSource.Holder is private;"
                        + " the generated spec codec in package test cannot reach it.",
                "make CsvSource.Holder package-private");
    }

    @Test
    void fieldOfAPackagePrivateNestedTypeCompiles() {
        JavaFileObject csv = withFields("    @Spec Mode mode;\n    enum Mode { A }\n");
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @Test
    void fieldOfATypeVariableOfAGenericSuperclass() throws java.io.IOException {
        JavaFileObject base = source("Base", """
                public abstract class Base<T> extends BaseSourceDriver {
                    @Spec T value;
                    @Spec List<T> values;
                }
                """);
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends Base<String> {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(base, csv);
        assertThat(compilation).succeededWithoutWarnings();
        String codec = compilation.generatedSourceFile("test.CsvSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        org.junit.jupiter.api.Assertions.assertTrue(codec.contains("case \"value\":"), codec);
        org.junit.jupiter.api.Assertions.assertTrue(codec.contains("case \"values\":"), codec);
    }

    @Test
    void fieldOfATypeVariableResolvedToAnUnsupportedType() {
        JavaFileObject base = source("Base", """
                public abstract class Base<T> extends BaseSourceDriver {
                    @Spec T value;
                }
                """);
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends Base<java.io.File> {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(base, csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, base, "@Spec T value",
                "[DK033] @Spec field Base.value has type File, which a spec cannot hold.",
                "use String instead of File" + HOLDS);
    }

    @Test
    void keyThatShadowsACommonFieldIsAWarning() {
        JavaFileObject csv = withFields("    @Spec String path;\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).succeeded();
        assertWarning(compilation, csv, "String path",
                "[DK036] spec key \"path\" of field CsvSource.path is also a top-level source spec key; inside"
                        + " \"attributes\" it is a different setting, which readers of the JSON easily confuse.",
                "rename it with @Spec(name = \"...\"), or use the common field (get/setPath) the base class has");
    }

    @Test
    void everySupportedTypeCompilesWithoutWarnings() {
        JavaFileObject csv = withFields("""
                    enum Mode { FAST, SAFE }
                    @Spec String text; @Spec boolean flag; @Spec Boolean boxedFlag; @Spec byte b; @Spec Byte boxedB;
                    @Spec short s; @Spec Short boxedS; @Spec int i; @Spec Integer boxedI; @Spec long l; @Spec Long boxedL;
                    @Spec float f; @Spec Float boxedF; @Spec double d; @Spec Double boxedD; @Spec char c; @Spec Character boxedC;
                    @Spec Mode mode; @Spec Instant instant; @Spec LocalDate date; @Spec LocalDateTime dateTime;
                    @Spec LocalTime time; @Spec OffsetDateTime offsetDateTime; @Spec ZonedDateTime zoned; @Spec Duration duration;
                    @Spec List<String> list; @Spec Set<Mode> modes; @Spec Map<String, Integer> counts;
                    @Spec Object anything; @Spec List<List<Object>> filters;
                    @Spec List<List<Integer>> matrix; @Spec Map<String, List<Duration>> windows;
                    @Spec(name = "renamed", aliases = {"old_name", "older_name"}) String current;
                """);
        assertThat(compile(csv)).succeededWithoutWarnings();
    }

    @Test
    void emptyNameMeansTheFieldNameInSnakeCase() throws java.io.IOException {
        JavaFileObject csv = withFields("    @Spec(name = \"\") int batchSize;\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).succeededWithoutWarnings();
        String codec = compilation.generatedSourceFile("test.CsvSource_SpecCodec").orElseThrow()
                .getCharContent(true).toString();
        org.junit.jupiter.api.Assertions.assertTrue(codec.contains("case \"batch_size\":"), codec);
    }
}
