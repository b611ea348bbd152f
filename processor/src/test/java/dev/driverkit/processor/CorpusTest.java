package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.processor.TestCompiler.Reported;
import dev.driverkit.processor.TestCompiler.Result;
import dev.driverkit.processor.corpus.CaseFile;
import dev.driverkit.processor.corpus.DeferredSourceGenerator;
import dev.driverkit.registry.RegistryFormat;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles every file of {@code src/test/resources/corpus} alone, on javac and on ECJ, and checks what its
 * comments expect (see {@link CaseFile}): exactly the expected driverkit codes on the expected lines (no
 * cascade), the compiler's own errors where expected and reported before any of driverkit's, no crash,
 * and a codec and registry entry for exactly the drivers the case lists, never for an invalid one.
 * Messages are not compared: they have their own tests, and codes and lines are what must hold on
 * both compilers.
 */
class CorpusTest {
    static final Path CORPUS = Path.of(System.getProperty("driverkit.corpus.dir", "src/test/resources/corpus"));

    /**
     * Every case on every compiler. While working on one case, {@code -Ddriverkit.corpus.only=KindBlank} and
     * {@code -Ddriverkit.corpus.compiler=javac} narrow the run.
     */
    static Stream<Arguments> cases() throws IOException {
        String only = System.getProperty("driverkit.corpus.only", "");
        String compilerName = System.getProperty("driverkit.corpus.compiler", "");
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> only.isEmpty() || p.getFileName().toString().startsWith(only)).sorted().toList();
        }
        return Stream.of(TestCompiler.values()).filter(c -> compilerName.isEmpty() || c.name().equalsIgnoreCase(compilerName))
                .flatMap(compiler -> files.stream().map(file -> Arguments.of(compiler, file.getFileName().toString())));
    }

    @Test
    void theCorpusHasAtLeastSixtyCases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            long count = list.filter(p -> p.toString().endsWith(".java")).count();
            assertTrue(count >= 60, "the corpus has " + count + " cases");
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void caseReportsWhatItsCommentsExpect(TestCompiler compiler, String fileName, @TempDir Path dir) throws IOException {
        CaseFile expected = CaseFile.read(CORPUS.resolve(fileName), compiler.name().toLowerCase(Locale.ROOT));
        Path source = dir.resolve("src/corpus").resolve(fileName);
        Files.createDirectories(source.getParent());
        Files.copy(expected.path(), source);
        Result result = compiler.compile(List.of(source), List.of(), expected.classPathWithout(), dir.resolve("classes"),
                dir.resolve("generated"),
                List.of(new DriverProcessor(), new DeferredSourceGenerator()));
        String what = compiler + " " + fileName;
        String report = what + " reported:\n" + result.diagnostics().stream().map(Reported::toString)
                .collect(Collectors.joining("\n")) + "\n";

        TestCompiler.assertNoCrash(result, what);
        List<String> coded = new ArrayList<>(result.coded().stream().map(d -> d.code() + "@" + d.line()).sorted().toList());
        expected.eitherLine().forEach((code, lines) -> {
            boolean found = lines.stream().anyMatch(line -> coded.remove(code + "@" + line));
            assertTrue(found, code + " on one of the lines " + lines + "; " + report);
        });
        assertEquals(expected.coded(), coded, "driverkit's codes and lines; " + report);
        assertCompilerErrors(expected, result, report);
        if (expected.clean()) {
            assertTrue(result.success(), report);
            List<Reported> warnings = compiler == TestCompiler.JAVAC ? result.diagnostics() : result.coded();
            assertEquals(List.of(), warnings.stream().filter(d -> d.kind() != javax.tools.Diagnostic.Kind.NOTE).toList(),
                    "a clean case compiles without errors and warnings; " + report);
        }
        assertEquals(expected.generates(), generatedDrivers(result), "drivers with a generated codec; " + report);
        assertEquals(expected.generates(), registeredDrivers(result), "drivers with a registry entry; " + report);
    }

    /** The compiler's own errors sit on the expected lines, and come before driverkit's errors. */
    private static void assertCompilerErrors(CaseFile expected, Result result, String report) {
        Set<Long> errorLines = result.uncoded().stream().filter(Reported::isError).map(Reported::line)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(expected.errorLines()), errorLines, "lines with compiler errors; " + report);
        if (!expected.errorLines().isEmpty()) {
            Reported first = result.diagnostics().stream().filter(Reported::isError).findFirst().orElseThrow();
            assertEquals(null, first.code(), "the compiler's own error comes first; " + report);
        }
    }

    /** The drivers (binary names) whose codec was generated. */
    static Set<String> generatedDrivers(Result result) {
        Set<String> drivers = new TreeSet<>();
        for (String file : result.generatedSources()) {
            if (file.endsWith(RegistryFormat.codecClassName("") + ".java")) {
                String codec = file.substring(0, file.length() - ".java".length()).replace('/', '.');
                drivers.add(driverOf(codec, result));
            }
        }
        return drivers;
    }

    /** The driver a codec is for, read from its registry entry when there is one (nested names use '$'). */
    private static String driverOf(String codec, Result result) {
        for (Properties entry : entries(result)) {
            if (codec.equals(entry.getProperty(RegistryFormat.KEY_CODEC))) {
                return entry.getProperty(RegistryFormat.KEY_CLASS);
            }
        }
        return codec + " (a codec without a registry entry)";
    }

    static Set<String> registeredDrivers(Result result) {
        return entries(result).stream().map(e -> e.getProperty(RegistryFormat.KEY_CLASS))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Properties> entries(Result result) {
        List<Properties> entries = new ArrayList<>();
        for (String entry : result.registryEntries()) {
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(result.read(result.classOutput().resolve(entry))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            entries.add(properties);
        }
        return entries;
    }
}
