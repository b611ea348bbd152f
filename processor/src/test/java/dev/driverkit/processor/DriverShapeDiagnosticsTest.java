package dev.driverkit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.driverkit.processor.Drivers.STOREY_BODY;
import static dev.driverkit.processor.Drivers.assertError;
import static dev.driverkit.processor.Drivers.assertWarning;
import static dev.driverkit.processor.Drivers.compile;
import static dev.driverkit.processor.Drivers.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Kind, class shape and supports: each diagnostic with its code, line, message and fix. */
class DriverShapeDiagnosticsTest {
    @Test
    void blankKind() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = " ", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@SourceDriver",
                "[DK001] the kind of CsvSource is blank.",
                "give the driver a kind, e.g. kind = \"csv\"");
    }

    @Test
    void kindStartingWithADigit() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "9csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertError(compilation, csv, "@SourceDriver",
                "[DK002] the kind \"9csv\" of CsvSource is not a valid kind: it must start with a letter"
                + " A-Z or a-z, not '9'.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"csv\"");
    }

    @Test
    void kindWithASpace() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "my csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "@SourceDriver",
                "[DK002] the kind \"my csv\" of CsvSource is not a valid kind: 'space' is not allowed.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"my_csv\"");
    }

    /** The runtime's limit (RegistryFormat.MAX_KIND_LENGTH): the kind names the entry's file. */
    @Test
    void kindLongerThanTheLimit() {
        String kind = "k".repeat(101);
        JavaFileObject csv = source("CsvSource", "@SourceDriver(kind = \"" + kind + "\", supports = {Engine.STOREY})\n"
                + "public class CsvSource extends BaseSourceDriver {\n" + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "@SourceDriver",
                "[DK002] the kind \"" + kind + "\" of CsvSource is not a valid kind: it is longer than 100 characters.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"" + "k".repeat(100) + "\"");
    }

    @Test
    void kindThatCleansUpToOneLetterSuggestsTheClassName() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "3d", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@SourceDriver",
                "[DK002] the kind \"3d\" of CsvSource is not a valid kind: it must start with a letter A-Z or a-z,"
                        + " not '3'.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"csv\"");
    }

    @Test
    void kindWithAccentsSuggestsThemDropped() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "été", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "@SourceDriver",
                "[DK002] the kind \"été\" of CsvSource is not a valid kind: it must start with a letter A-Z or a-z,"
                        + " not 'é'.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"ete\"");
    }

    @Test
    void kindWithATabPrintsItAsAnEscape() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv\\tfile", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertError(compilation, csv, "@SourceDriver",
                "[DK002] the kind \"csv\\tfile\" of CsvSource is not a valid kind: '\\t' is not allowed.",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"csv_file\"");
        assertThat(compilation).hadErrorCount(1);
        for (javax.tools.Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
            org.junit.jupiter.api.Assertions.assertFalse(diagnostic.getMessage(null).contains("\t"),
                    diagnostic.getMessage(null));
        }
    }

    @Test
    void mixedCaseKindIsValid() {
        JavaFileObject stream = source("StreamSource", """
                @SourceDriver(kind = "v3ioStream", supports = {Engine.STOREY})
                public class StreamSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(stream);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT,
                "driverkit/registry/sources/v3io.stream.properties");
    }

    @Test
    void duplicateKindInOneCompilation() {
        JavaFileObject first = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        JavaFileObject second = source("OtherCsv", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class OtherCsv extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, first, "@SourceDriver",
                "[DK003] source kind \"csv\" of CsvSource is also declared by test.OtherCsv in this compilation.",
                "give each source driver its own kind");
        assertThat(compilation).hadErrorContaining("[DK003] source kind \"csv\" of OtherCsv is also declared by"
                + " test.CsvSource in this compilation.").inFile(second).onLineContaining("@SourceDriver");
    }

    @Test
    void kindOfThreeDriversNamesBothOthers() {
        String body = "    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }\n}\n";
        JavaFileObject a = source("ASource", "@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})\n"
                + "public class ASource extends BaseSourceDriver {\n" + body);
        JavaFileObject b = source("BSource", "@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})\n"
                + "public class BSource extends BaseSourceDriver {\n" + body);
        JavaFileObject c = source("CSource", "@SourceDriver(kind = \"csv\", supports = {Engine.STOREY})\n"
                + "public class CSource extends BaseSourceDriver {\n" + body);
        Compilation compilation = compile(a, b, c);
        assertThat(compilation).hadErrorCount(3);
        assertError(compilation, a, "@SourceDriver",
                "[DK003] source kind \"csv\" of ASource is also declared by test.BSource and test.CSource in this"
                        + " compilation.",
                "give each source driver its own kind");
    }

    @Test
    void wrongBaseClass() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "public class CsvSource",
                "[DK010] CsvSource is annotated @SourceDriver but does not extend"
                + " dev.driverkit.BaseSourceDriver.",
                "declare it as: public class CsvSource extends BaseSourceDriver (or OnlineSource for an"
                + " online source)");
    }

    @Test
    void notPublic() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "class CsvSource extends",
                "[DK011] driver class CsvSource is not public; the registry creates drivers from other"
                + " packages.",
                "declare it public: public class CsvSource");
    }

    @Test
    void notPublicWithTheImplicitConstructorIsOneError() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                class CsvSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "class CsvSource extends",
                "[DK011] driver class CsvSource is not public; the registry creates drivers from other"
                + " packages.",
                "declare it public: public class CsvSource");
    }

    @Test
    void notPublicWithAPackagePrivateConstructorWrittenOutIsTwoErrors() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                class CsvSource extends BaseSourceDriver {
                    CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(2);
        assertError(compilation, csv, "class CsvSource extends",
                "[DK015] driver class CsvSource has no public no-arg constructor; the registry creates"
                + " drivers with it.",
                "add: public CsvSource() {}");
    }

    @Test
    void abstractClass() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public abstract class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "public abstract class CsvSource",
                "[DK012] driver class CsvSource is abstract; the registry must be able to create it.",
                "remove 'abstract', or move @SourceDriver to a concrete subclass");
    }

    @Test
    void innerClass() {
        JavaFileObject outer = source("Outer", """
                public class Outer {
                    @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                    public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n}\n");
        assertError(compile(outer), outer, "public class CsvSource",
                "[DK013] driver class CsvSource is an inner (non-static) or local class; it cannot be"
                + " created without an enclosing instance.",
                "make it a top-level class, or a static nested class: public static class CsvSource");
    }

    @Test
    void staticNestedClassIsFineAndGetsAFlatCodecName() {
        JavaFileObject outer = source("Outer", """
                public class Outer {
                    @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                    public static class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n}\n");
        Compilation compilation = compile(outer);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Outer_CsvSource_SpecCodec");
    }

    @Test
    void genericClass() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource<T> extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "public class CsvSource<T>",
                "[DK014] driver class CsvSource has type parameters <T>; the registry cannot choose type"
                + " arguments.",
                "remove the type parameters, or move @SourceDriver to a subclass that fixes them");
    }

    @Test
    void noPublicNoArgConstructor() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public CsvSource(String path) {}
                    CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        assertError(compile(csv), csv, "public class CsvSource",
                "[DK015] driver class CsvSource has no public no-arg constructor; the registry creates"
                + " drivers with it.",
                "add: public CsvSource() {}");
    }

    @Test
    void bothAnnotations() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                @TargetDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DK016] CsvSource is annotated both @SourceDriver and @TargetDriver")
                .inFile(csv).onLineContaining("public class CsvSource");
    }

    @Test
    void annotationOnAnInterface() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public interface CsvSource {}
                """);
        assertError(compile(csv), csv, "public interface CsvSource",
                "[DK017] @SourceDriver is on interface CsvSource, which is not a class.",
                "put @SourceDriver on a class that extends BaseSourceDriver");
    }

    @Test
    void emptySupports() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {})
                public class CsvSource extends BaseSourceDriver {
                    public CsvSource() {}
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@SourceDriver",
                "[DK020] driver CsvSource supports no engine.",
                "list at least one engine, e.g. supports = {Engine.STOREY}");
    }

    @Test
    void engineListedTwiceIsAWarning() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY, Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).succeeded();
        assertWarning(compilation, csv, "@SourceDriver",
                "[DK021] Engine.STOREY is listed more than once in supports of CsvSource.",
                "list each engine once");
    }

    @Test
    void everyMistakeOfOneDriverInOneCompile() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "", supports = {Engine.SPARK})
                abstract class CsvSource<T> extends BaseSourceDriver {
                    private CsvSource() {}
                }
                """);
        Compilation compilation = compile(csv);
        for (String code : new String[] {"DK001", "DK011", "DK012", "DK014", "DK015", "DK022"}) {
            assertThat(compilation).hadErrorContaining("[" + code + "]");
        }
    }
}
