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
                "[DK002] the kind \"" + "k".repeat(40) + "...\" of CsvSource is not a valid kind: it has 101 characters,"
                        + " and a kind has at most 100 (its registry entry is a file named after it).",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"csv\"");
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
        // The file is named as the compiler names it (test/OtherCsv.java for javac's in-memory sources here,
        // a path on disk under ECJ), so the message is matched around it.
        assertError(compilation, first, "@SourceDriver",
                "[DK003] source kind \"csv\" of CsvSource is also declared by test.OtherCsv (",
                "give each source driver its own kind, e.g. kind = \"csv2\" (still free)");
        assertThat(compilation).hadErrorContaining("OtherCsv.java) in this compilation.").inFile(first)
                .onLineContaining("@SourceDriver");
        assertThat(compilation).hadErrorContaining("[DK003] source kind \"csv\" of OtherCsv is also declared by"
                + " test.CsvSource (").inFile(second).onLineContaining("@SourceDriver");
        assertThat(compilation).hadErrorContaining("CsvSource.java) in this compilation.").inFile(second)
                .onLineContaining("@SourceDriver");
        assertThat(compilation).hadErrorContaining("Fix: give each source driver its own kind, e.g. kind = \"othercsv\"");
    }

    /** A duplicate kind shows in the same compile as the drivers' other mistakes, not after they are fixed. */
    @Test
    void duplicateKindIsReportedBesideMissingMethods() {
        JavaFileObject first = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public CsvSource() {}
                }
                """);
        JavaFileObject second = source("OtherCsv", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class OtherCsv extends BaseSourceDriver {
                }
                """);
        Compilation compilation = compile(first, second);
        assertThat(compilation).hadErrorCount(4);
        assertThat(compilation).hadErrorContaining("[DK022]").inFile(first).onLineContaining("public class CsvSource");
        assertThat(compilation).hadErrorContaining("[DK022]").inFile(second).onLineContaining("public class OtherCsv");
        assertThat(compilation).hadErrorContaining("[DK003] source kind \"csv\" of CsvSource").inFile(first)
                .onLineContaining("@SourceDriver");
        assertThat(compilation).hadErrorContaining("[DK003] source kind \"csv\" of OtherCsv").inFile(second)
                .onLineContaining("@SourceDriver");
        // that nothing is generated for them: corpus/SeveralDuplicateKindAndMissingMethods.java
    }

    @Test
    void driverWithOtherErrorsStillClaimsItsKind() {
        JavaFileObject valid = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        JavaFileObject broken = source("OtherCsv", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public abstract class OtherCsv extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(valid, broken);
        assertThat(compilation).hadErrorCount(3); // DK012 on OtherCsv, DK003 on each
        assertThat(compilation).hadErrorContaining("[DK012]").inFile(broken).onLineContaining("public abstract class");
        assertThat(compilation).hadErrorContaining("[DK003] source kind \"csv\" of CsvSource").inFile(valid)
                .onLineContaining("@SourceDriver");
        // the valid driver clashes, so nothing is generated for either: corpus/KindDuplicateWithABrokenDriver.java
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
                "[DK003] source kind \"csv\" of ASource is also declared by test.BSource (",
                "give each source driver its own kind, e.g. kind = \"a\" (still free)");
        assertThat(compilation).hadErrorContaining("BSource.java) and test.CSource (").inFile(a)
                .onLineContaining("@SourceDriver");
        assertThat(compilation).hadErrorContaining("CSource.java) in this compilation.").inFile(a)
                .onLineContaining("@SourceDriver");
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
    void sourceExtendingTheTargetBaseIsToldWhichAnnotationGoesWithIt() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseStoreTarget {
                """ + STOREY_BODY + "}\n");
        assertError(compile(csv), csv, "public class CsvSource",
                "[DK010] CsvSource is annotated @SourceDriver but does not extend dev.driverkit.BaseSourceDriver;"
                + " it extends BaseStoreTarget, which goes with @TargetDriver.",
                "declare it as: public class CsvSource extends BaseSourceDriver (or OnlineSource for an online"
                + " source); or, if it is a target, replace @SourceDriver with @TargetDriver");
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

    /**
     * A package-private constructor written out in a package-private class is reported once the class is
     * public: ECJ cannot tell it from the implicit one, and both compilers report the same.
     */
    @Test
    void notPublicWithAPackagePrivateConstructorWrittenOutIsReportedOnceTheClassIsPublic() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                class CsvSource extends BaseSourceDriver {
                    CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[DK011]");
        JavaFileObject publicClass = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation second = compile(publicClass);
        assertThat(second).hadErrorCount(1);
        assertError(second, publicClass, "    CsvSource() {}",
                "[DK015] driver class CsvSource has no public no-arg constructor (CsvSource() is package-private);"
                + " the registry creates drivers with it.",
                "make it public: public CsvSource()");
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
    void noNoArgConstructor() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public CsvSource(String path) {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        assertError(compile(csv), csv, "public class CsvSource",
                "[DK015] driver class CsvSource has no public no-arg constructor; the registry creates"
                + " drivers with it.",
                "add: public CsvSource() {}");
    }

    /** Adding one, as a "missing" message would say, fails with javac's "already defined": say what to change. */
    @Test
    void noArgConstructorThatIsNotPublicIsReportedOnIt() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public CsvSource(String path) {}
                    private CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "private CsvSource() {}",
                "[DK015] driver class CsvSource has no public no-arg constructor (CsvSource() is private); the"
                + " registry creates drivers with it.",
                "make it public: public CsvSource()");
        JavaFileObject protectedOne = source("CsvSource", """
                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    protected CsvSource() {}
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        assertError(compile(protectedOne), protectedOne, "protected CsvSource() {}",
                "(CsvSource() is protected)", "make it public: public CsvSource()");
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
        assertError(compile(csv), csv, "@SourceDriver",
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

    @Test
    void kindLongerThanAFileNameAllows() {
        JavaFileObject csv = source("CsvSource", "@SourceDriver(kind = \"" + "k".repeat(1000) + "\", supports = {Engine.STOREY})\n"
                + "public class CsvSource extends BaseSourceDriver {\n" + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, csv, "@SourceDriver",
                "[DK002] the kind \"" + "k".repeat(40) + "...\" of CsvSource is not a valid kind: it has 1000 characters,"
                        + " and a kind has at most 100 (its registry entry is a file named after it).",
                "use a letter followed by letters, digits, '_' or '-', e.g. kind = \"csv\"");
    }

    /** javac's "cannot find symbol", and none of driverkit's: the placeholder javac hands over is no kind. */
    @Test
    void kindNamingAMissingConstantIsTheCompilersErrorOnly() {
        JavaFileObject csv = source("CsvSource", """
                @SourceDriver(kind = Kinds.CSV, supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n");
        Compilation compilation = compile(csv);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining(Drivers.onEcj() ? "Kinds cannot be resolved" : "cannot find symbol");
    }

    @Test
    void driverNestedInAPrivateClass() {
        JavaFileObject drivers = source("Drivers", """
                public class Drivers {
                    private static class Files {
                        @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                        public static class CsvSource extends BaseSourceDriver {
                """ + STOREY_BODY + "}\n}\n}\n");
        Compilation compilation = compile(drivers);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, drivers, "public static class CsvSource",
                "[DK018] driver class CsvSource is nested in Files, which is private; the generated spec codec in"
                        + " package test cannot reach it.",
                "remove 'private' from Files");
    }

    @Test
    void driverNameTooLongForItsGeneratedClasses() {
        String name = "Csv" + "x".repeat(230);
        JavaFileObject drivers = source("Drivers", "public class Drivers {\n"
                + "    @SourceDriver(kind = \"csv\", supports = {Engine.STOREY})\n"
                + "    public static class " + name + " extends BaseSourceDriver {\n"
                + "        public Flow.Publisher<Event> toStep(StepRequest request) { return null; }\n    }\n}\n");
        Compilation compilation = compile(drivers);
        assertThat(compilation).hadErrorCount(1);
        assertError(compilation, drivers, "public static class Csv",
                "[DK038] the name of test.Drivers." + name + " is too long for its generated classes: the class file"
                        + " Drivers_" + name + "_SpecCodec$Adapter.class would have 265 characters, and file systems"
                        + " allow 255.",
                "shorten the name of " + name + " or of the classes it is nested in");
    }
}
