package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.processor.TestCompiler.Reported;
import dev.driverkit.processor.TestCompiler.Result;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gradle and IDEs recompile part of a module into the output of the previous compile, which is then on
 * the class path: compile two drivers, then only one of them again into the same folders. The registry
 * must stay whole, the driver's own earlier output is no clash, and a clash with the other driver is.
 * Gradle first deletes what the recompiled class produced, its generated files included (the processor
 * is isolating); a build that does not leaves the class's earlier codec on the class path, which javac
 * writes again and ECJ refuses to (DK039).
 */
class IncrementalBuildTest {
    private static final String A = """
            package shop;

            import dev.driverkit.*;
            import dev.driverkit.engine.*;
            import java.util.concurrent.Flow;

            @SourceDriver(kind = "%s", supports = Engine.STOREY)
            public class ASource extends BaseSourceDriver {
                @Spec String table;

                public Flow.Publisher<Event> toStep(StepRequest request) {
                    return null;
                }
            }
            """;
    private static final String B = A.replace("ASource", "BSource").replace("@Spec String table;", "@Spec int batch;");

    @ParameterizedTest
    @EnumSource(TestCompiler.class)
    void recompilingOneDriverKeepsTheRegistryWhole(TestCompiler compiler, @TempDir Path dir) throws Exception {
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        Path a = write(dir, "ASource", A.formatted("alpha"));
        Path b = write(dir, "BSource", B.formatted("beta"));
        Result first = compiler.compile(List.of(a, b), List.of(), classes, generated, List.of(new DriverProcessor()));
        assertClean(first, compiler + " first compile");

        deleteOutputsOf("ASource", "alpha", classes, generated);
        Result second = compiler.compile(List.of(a), List.of(classes), classes, generated, List.of(new DriverProcessor()));
        assertClean(second, compiler + " recompiling ASource alone");

        assertEquals(Set.of("driverkit/registry/sources/alpha.properties", "driverkit/registry/sources/beta.properties"),
                Set.copyOf(second.registryEntries()));
        assertTrue(second.generatedSources().contains("shop/ASource_SpecCodec.java"), second.generatedSources().toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                IncrementalBuildTest.class.getClassLoader())) {
            DriverRegistry registry = DriverRegistry.load(loader);
            Set<String> kinds = registry.sources().stream().map(DriverInfo::kind)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(kinds.containsAll(Set.of("alpha", "beta")), "the registry lists " + kinds);
            BaseSourceDriver alpha = registry.readSource("{\"kind\": \"alpha\", \"attributes\": {\"table\": \"t\"}}");
            BaseSourceDriver beta = registry.readSource("{\"kind\": \"beta\", \"attributes\": {\"batch\": 5}}");
            assertEquals("shop.ASource", alpha.getClass().getName());
            assertEquals("shop.BSource", beta.getClass().getName());
        }
    }

    /** The other driver's entry in the output folder is a real clash, though the folder is the module's own. */
    @ParameterizedTest
    @EnumSource(TestCompiler.class)
    void recompiledDriverTakingTheOtherDriversKindIsAnError(TestCompiler compiler, @TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        Path a = write(dir, "ASource", A.formatted("alpha"));
        Path b = write(dir, "BSource", B.formatted("beta"));
        assertClean(compiler.compile(List.of(a, b), List.of(), classes, generated, List.of(new DriverProcessor())),
                compiler + " first compile");

        write(dir, "ASource", A.formatted("beta"));
        deleteOutputsOf("ASource", "alpha", classes, generated);
        Result second = compiler.compile(List.of(a), List.of(classes), classes, generated, List.of(new DriverProcessor()));
        TestCompiler.assertNoCrash(second, compiler.name());
        List<String> coded = second.coded().stream().map(d -> d.code() + "@" + d.line()).toList();
        assertEquals(List.of("DK004@7"), coded, second.diagnostics().toString());
        assertTrue(second.coded().get(0).message().contains("already registered by shop.BSource"), second.coded().toString());
    }

    /** Recompiled without deleting its earlier output: javac writes the codec again, ECJ refuses to. */
    @ParameterizedTest
    @EnumSource(TestCompiler.class)
    void recompilingOverTheDriversOwnEarlierCodec(TestCompiler compiler, @TempDir Path dir) throws IOException {
        Path classes = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        Path a = write(dir, "ASource", A.formatted("alpha"));
        Path b = write(dir, "BSource", B.formatted("beta"));
        assertClean(compiler.compile(List.of(a, b), List.of(), classes, generated, List.of(new DriverProcessor())),
                compiler + " first compile");

        Result second = compiler.compile(List.of(a), List.of(classes), classes, generated, List.of(new DriverProcessor()));
        TestCompiler.assertNoCrash(second, compiler.name());
        if (compiler == TestCompiler.JAVAC) {
            assertClean(second, "javac recompiling ASource over its own output");
            assertEquals(Set.of("driverkit/registry/sources/alpha.properties", "driverkit/registry/sources/beta.properties"),
                    Set.copyOf(second.registryEntries()));
        } else {
            assertEquals(List.of("DK039@8"), second.coded().stream().map(d -> d.code() + "@" + d.line()).toList(),
                    second.diagnostics().toString());
            assertTrue(second.coded().get(0).message().contains("the spec codec shop.ASource_SpecCodec of ASource from"
                    + " an earlier build is on the class path"), second.coded().toString());
        }
    }

    /** What Gradle deletes before it recompiles a class: its class files and what was generated for it. */
    private static void deleteOutputsOf(String driver, String kind, Path classes, Path generated) throws IOException {
        try (var files = Files.list(classes.resolve("shop"))) {
            for (Path file : files.toList()) {
                if (file.getFileName().toString().startsWith(driver)) {
                    Files.delete(file);
                }
            }
        }
        Files.delete(generated.resolve("shop/" + driver + "_SpecCodec.java"));
        Files.delete(classes.resolve("driverkit/registry/sources/" + kind + ".properties"));
    }

    private static Path write(Path dir, String name, String source) throws IOException {
        Path file = dir.resolve("src/shop/" + name + ".java");
        Files.createDirectories(file.getParent());
        return Files.writeString(file, source);
    }

    private static void assertClean(Result result, String what) {
        TestCompiler.assertNoCrash(result, what);
        List<Reported> problems = result.diagnostics().stream()
                .filter(d -> d.isError() || d.code() != null).toList();
        assertTrue(result.success() && problems.isEmpty(), what + ": " + result.diagnostics());
    }
}
