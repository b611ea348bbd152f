package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps docs/tutorial.md true to the processor: the compiler output it shows for each step is what the
 * processor prints for that step's sources, the sources it shows are the ones compiled, and every
 * step's finished source compiles without warnings.
 *
 * <p>Each folder under {@code src/test/resources/tutorial} (except {@code common}, whose sources join
 * every compilation) is a case: Java sources in their package folders and a {@code case.properties}:
 * <ul>
 *   <li>{@code expect=clean}: compiles without errors and warnings (a step's fixed source);</li>
 *   <li>{@code expect=diagnostics}: the output the tutorial shows after {@code <!-- output: <case> -->}
 *       is what the compile prints (a step skipped);</li>
 *   <li>{@code expect=run}: compiles clean, and what its {@code main} class prints is what the tutorial
 *       shows after {@code <!-- output: <case> -->};</li>
 *   <li>{@code include}: other cases whose sources join the compilation;</li>
 *   <li>{@code classpath.without}: words; class-path entries whose path contains one are left out (a
 *       dependency the reader has not added yet).</li>
 * </ul>
 * In the tutorial, the fenced block after {@code <!-- source: <case>/<file> -->} is that file, the block
 * after {@code <!-- excerpt: <case>/<file> -->} occurs in that file verbatim, and the block after
 * {@code <!-- generated: <case>/<path> -->} is the file the processor generated at that path.
 *
 * <p>Compiler output is shown as Maven prints it ({@code [ERROR] /…/File.java:[line,column] message},
 * continuation lines indented by two spaces, warnings before errors) and compared without the column
 * and the continuation lines' indentation, which differ between javac versions. To accept a deliberate
 * change of a message, run {@code mvn -B -pl processor test -Dtest=TutorialTest
 * -Ddriverkit.tutorial.update=true} and review the diff of docs/tutorial.md.
 */
class TutorialTest {
    private static final String UPDATE_PROPERTY = "driverkit.tutorial.update";
    private static final String UPDATE_HINT = "To accept the processor's output, run: mvn -B -pl processor test"
            + " -Dtest=TutorialTest -D" + UPDATE_PROPERTY + "=true (then review the diff of docs/tutorial.md).";
    private static final Pattern MARKER = Pattern.compile("<!-- (output|source|excerpt|generated): (\\S+) -->");
    /** A diagnostic line as {@link #render} writes it; the column is left out of comparisons. */
    private static final Pattern LOCATED = Pattern.compile("\\[(ERROR|WARNING)] (\\S+):\\[(\\d+),(\\d+)] (.*)");
    private static final String COMMON = "common";
    private static final Set<String> EXPECTATIONS = Set.of("clean", "diagnostics", "run");

    private static Path tutorialMd;
    private static Path casesDir;
    private static final Map<String, Case> cases = new TreeMap<>();
    private static final Map<String, Result> results = new TreeMap<>();
    private static List<String> doc;
    private static List<Block> blocks;

    /** One folder under tutorial/. */
    record Case(String name, Path dir, Properties properties) {
        String expect() {
            return properties.getProperty("expect", "");
        }

        List<String> list(String key) {
            return Arrays.stream(properties.getProperty(key, "").split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList();
        }
    }

    /** What compiling (and running) a case gave. */
    record Result(Compilation compilation, String rendered, String output, Throwable failure) {}

    /** A fenced block of the tutorial tagged by a marker comment; {@code open}/{@code close} are its fence lines. */
    record Block(String kind, String target, int marker, int open, int close) {
        String text(List<String> lines) {
            return String.join("\n", lines.subList(open + 1, close));
        }

        String where() {
            return "docs/tutorial.md line " + (marker + 1) + " (<!-- " + kind + ": " + target + " -->)";
        }
    }

    @BeforeAll
    static void compileEveryCase() throws IOException, URISyntaxException {
        String configured = System.getProperty("driverkit.docs.dir");
        Path docsDir = (configured != null ? Path.of(configured) : Path.of("..", "docs")).toAbsolutePath().normalize();
        tutorialMd = docsDir.resolve("tutorial.md");
        assertTrue(Files.isRegularFile(tutorialMd), "the tutorial is missing: " + tutorialMd);
        URL root = TutorialTest.class.getResource("/tutorial");
        assertTrue(root != null, "src/test/resources/tutorial is not on the test class path");
        casesDir = Path.of(root.toURI());
        try (Stream<Path> folders = Files.list(casesDir)) {
            for (Path dir : folders.filter(Files::isDirectory).sorted().toList()) {
                String name = dir.getFileName().toString();
                if (name.equals(COMMON)) {
                    continue;
                }
                Properties properties = new Properties();
                Path file = dir.resolve("case.properties");
                if (Files.isRegularFile(file)) {
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        properties.load(in);
                    }
                }
                cases.put(name, new Case(name, dir, properties));
            }
        }
        for (Case c : cases.values()) {
            results.put(c.name(), compileAndRun(c));
        }
        doc = Files.readAllLines(tutorialMd, StandardCharsets.UTF_8);
        blocks = blocks(doc);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            update();
            doc = Files.readAllLines(tutorialMd, StandardCharsets.UTF_8);
            blocks = blocks(doc);
        }
    }

    // ---- the tests ----

    /** One test per case, named after it: what the tutorial shows for that step is what javac prints. */
    @TestFactory
    Stream<DynamicTest> everyStep() {
        return cases.values().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> checkCase(c)));
    }

    /** One test per tagged block of the tutorial: it names a case, and shows that case's file or output. */
    @TestFactory
    Stream<DynamicTest> everyTaggedBlock() {
        return blocks.stream().map(b -> DynamicTest.dynamicTest(b.kind() + ": " + b.target(), () -> checkBlock(b)));
    }

    @Test
    void everyCaseHasAKnownExpectation() {
        List<String> bad = cases.values().stream().filter(c -> !EXPECTATIONS.contains(c.expect()))
                .map(c -> c.name() + ": expect=" + c.expect()).toList();
        assertTrue(bad.isEmpty(), "each tutorial case needs a case.properties with expect=" + EXPECTATIONS + ": " + bad);
        assertTrue(cases.size() >= 5, "found only " + cases.keySet() + " under " + casesDir);
    }

    private static void checkCase(Case c) {
        Result result = results.get(c.name());
        if (result.failure() != null) {
            throw new AssertionError("tutorial step " + c.name() + " could not be compiled or run: " + result.failure(),
                    result.failure());
        }
        List<Block> shown = blocks.stream().filter(b -> b.kind().equals("output") && b.target().equals(c.name())).toList();
        switch (c.expect()) {
            case "clean" -> {
                assertTrue(result.rendered().isEmpty(), "tutorial step " + c.name() + " is a step's finished source and"
                        + " must compile without errors or warnings, but javac printed:\n" + result.rendered());
                assertTrue(shown.isEmpty(), "tutorial step " + c.name() + " compiles clean: docs/tutorial.md has"
                        + " nothing to show after <!-- output: " + c.name() + " -->");
            }
            case "diagnostics" -> {
                assertTrue(!result.rendered().isEmpty(), "tutorial step " + c.name() + " should show what a skipped"
                        + " step prints, but it compiles clean; make it expect=clean or break it as the text says");
                assertTrue(!shown.isEmpty(), "docs/tutorial.md does not show the compiler output of tutorial step "
                        + c.name() + ": add <!-- output: " + c.name() + " --> and a ```text block where the step is"
                        + " described, then run with -D" + UPDATE_PROPERTY + "=true to fill it in");
                for (Block block : shown) {
                    assertEquals(normalise(result.rendered()), normalise(block.text(doc)),
                            block.where() + " shows another compiler output than the processor prints for tutorial"
                                    + " step " + c.name() + ".\nThe processor prints:\n" + result.rendered()
                                    + "\n" + UPDATE_HINT);
                }
            }
            case "run" -> {
                assertTrue(result.rendered().isEmpty(), "tutorial step " + c.name() + " must compile without errors"
                        + " or warnings, but javac printed:\n" + result.rendered());
                assertTrue(!shown.isEmpty(), "docs/tutorial.md does not show what tutorial step " + c.name()
                        + " prints: add <!-- output: " + c.name() + " --> and a ```text block");
                for (Block block : shown) {
                    assertEquals(result.output(), block.text(doc), block.where() + " shows another output than "
                            + c.properties().getProperty("main") + " of tutorial step " + c.name() + " prints.\n"
                            + UPDATE_HINT);
                }
            }
            default -> fail("tutorial step " + c.name() + " has expect=" + c.expect() + "; use one of " + EXPECTATIONS);
        }
    }

    private static void checkBlock(Block block) throws IOException {
        switch (block.kind()) {
            case "output" -> {
                Case c = cases.get(block.target());
                assertTrue(c != null, block.where() + " names no folder of " + casesDir + "; known: " + cases.keySet());
            }
            case "source" -> assertEquals(sourceFile(block).strip(), block.text(doc).strip(), block.where()
                    + " differs from " + casesDir.relativize(sourcePath(block)) + ", the source the test compiles for"
                    + " that step. Change the file under src/test/resources/tutorial (not the doc), then run with -D"
                    + UPDATE_PROPERTY + "=true to copy it into docs/tutorial.md.");
            case "excerpt" -> {
                String file = sourceFile(block);
                assertTrue(file.contains(block.text(doc) + "\n"), block.where() + " shows lines that do not occur in "
                        + casesDir.relativize(sourcePath(block)) + " as they stand; copy them from the file:\n"
                        + block.text(doc));
            }
            case "generated" -> assertEquals(generated(block).strip(), block.text(doc).strip(), block.where()
                    + " differs from what the processor generates. " + UPDATE_HINT);
            default -> fail(block.where() + ": unknown marker");
        }
    }

    // ---- compiling and running a case ----

    private static Result compileAndRun(Case c) {
        try {
            Map<String, JavaFileObject> sources = new LinkedHashMap<>();
            addSources(casesDir.resolve(COMMON), sources);
            for (String included : c.list("include")) {
                Path dir = casesDir.resolve(included);
                if (!Files.isDirectory(dir)) {
                    throw new IllegalStateException("case " + c.name() + " includes " + included + ", which does not exist");
                }
                addSources(dir, sources);
            }
            addSources(c.dir(), sources);
            List<String> without = c.list("classpath.without");
            List<File> classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> without.stream().noneMatch(word -> entry.toLowerCase(Locale.ROOT).contains(word)))
                    .map(File::new).toList();
            Compilation compilation = Compiler.javac().withProcessors(new DriverProcessor()).withOptions("-Xlint:all")
                    .withClasspath(classpath).compile(sources.values());
            Drivers.assertNoCrash(compilation);
            String rendered = render(compilation);
            String output = null;
            if (c.expect().equals("run") && compilation.status() == Compilation.Status.SUCCESS) {
                output = run(compilation, c.properties().getProperty("main"));
            }
            return new Result(compilation, rendered, output, null);
        } catch (Exception | AssertionError e) {
            return new Result(null, "", null, e);
        }
    }

    private static void addSources(Path dir, Map<String, JavaFileObject> sources) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = dir.relativize(file).toString().replace(File.separatorChar, '/');
                String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                sources.put(relative, JavaFileObjects.forSourceString(className, Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
    }

    /** Writes the compiled classes and resources to a folder and runs {@code main} there, returning what it prints. */
    private static String run(Compilation compilation, String mainClass) throws Exception {
        Path out = Files.createTempDirectory("driverkit-tutorial");
        try {
            for (JavaFileObject file : compilation.generatedFiles()) {
                String path = file.toUri().getPath();
                int at = path.indexOf("/CLASS_OUTPUT/");
                if (at < 0) {
                    continue;
                }
                Path target = out.resolve(path.substring(at + "/CLASS_OUTPUT/".length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.openInputStream()) {
                    Files.copy(in, target);
                }
            }
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream originalOut = System.out;
            Thread thread = Thread.currentThread();
            ClassLoader originalLoader = thread.getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                    TutorialTest.class.getClassLoader())) {
                System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
                thread.setContextClassLoader(loader);
                loader.loadClass(mainClass).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
            } catch (InvocationTargetException e) {
                throw new AssertionError(mainClass + ".main failed after printing:\n"
                        + printed.toString(StandardCharsets.UTF_8), e.getCause());
            } finally {
                System.setOut(originalOut);
                thread.setContextClassLoader(originalLoader);
            }
            return printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
        } finally {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    // ---- compiler output as Maven prints it ----

    /**
     * The compile's errors and warnings as {@code mvn compile} prints them: warnings first, then errors
     * (Maven lists them in two blocks), each {@code [ERROR] /…/src/main/java/<file>:[line,column] <message>}
     * with the message's further lines indented by two spaces.
     */
    static String render(Compilation compilation) {
        List<String> lines = new ArrayList<>();
        for (boolean errors : new boolean[] {false, true}) {
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
                boolean error = diagnostic.getKind() == Diagnostic.Kind.ERROR;
                boolean warning = diagnostic.getKind() == Diagnostic.Kind.WARNING
                        || diagnostic.getKind() == Diagnostic.Kind.MANDATORY_WARNING;
                if (errors ? !error : !warning) {
                    continue;
                }
                List<String> message = diagnostic.getMessage(Locale.ROOT).lines().toList();
                StringBuilder first = new StringBuilder(error ? "[ERROR] " : "[WARNING] ");
                if (diagnostic.getSource() != null) {
                    String path = diagnostic.getSource().toUri().getPath();
                    first.append("/…/src/main/java").append(path.startsWith("/") ? "" : "/").append(path)
                            .append(":[").append(diagnostic.getLineNumber()).append(',')
                            .append(diagnostic.getColumnNumber()).append("] ");
                }
                lines.add(first.append(message.isEmpty() ? "" : message.get(0)).toString());
                List<String> rest = message.subList(Math.min(1, message.size()), message.size());
                int inset = rest.stream().filter(l -> !l.isBlank()).mapToInt(TutorialTest::indentation).min().orElse(0);
                for (String line : rest) {
                    lines.add(line.isBlank() ? "" : "  " + line.substring(inset));
                }
            }
        }
        return String.join("\n", lines);
    }

    /**
     * A compiler output for comparison: each diagnostic line without its column, the other lines without
     * their indentation, blank lines left out. javac versions differ in exactly those.
     */
    static List<String> normalise(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher located = LOCATED.matcher(line.strip());
            if (located.matches()) {
                lines.add("[" + located.group(1) + "] " + located.group(2) + ":" + located.group(3) + " " + located.group(5));
            } else if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    // ---- the tutorial's tagged blocks ----

    static List<Block> blocks(List<String> lines) {
        List<Block> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).strip());
            if (!marker.matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).isBlank()) {
                open++;
            }
            if (open == lines.size() || !lines.get(open).strip().startsWith("```")) {
                fail("docs/tutorial.md line " + (i + 1) + ": " + lines.get(i).strip() + " must be followed by a fenced block");
            }
            int close = open + 1;
            while (close < lines.size() && !lines.get(close).strip().equals("```")) {
                close++;
            }
            if (close == lines.size()) {
                fail("docs/tutorial.md line " + (open + 1) + ": the fenced block is not closed");
            }
            found.add(new Block(marker.group(1), marker.group(2), i, open, close));
            i = close;
        }
        return found;
    }

    private static Path sourcePath(Block block) {
        Path path = casesDir.resolve(block.target()).normalize();
        assertTrue(path.startsWith(casesDir) && Files.isRegularFile(path), block.where() + " names no file under " + casesDir);
        return path;
    }

    private static String sourceFile(Block block) throws IOException {
        return Files.readString(sourcePath(block), StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    /** The generated file {@code <case>/<path>}: a resource (CLASS_OUTPUT) or a source (SOURCE_OUTPUT). */
    private static String generated(Block block) throws IOException {
        int slash = block.target().indexOf('/');
        assertTrue(slash > 0, block.where() + " must name <case>/<path of the generated file>");
        Result result = results.get(block.target().substring(0, slash));
        assertTrue(result != null && result.compilation() != null, block.where() + " names no compiled case");
        String path = "/" + block.target().substring(slash + 1);
        for (JavaFileObject file : result.compilation().generatedFiles()) {
            String uri = file.toUri().getPath();
            if (uri.endsWith("/CLASS_OUTPUT" + path) || uri.endsWith("/SOURCE_OUTPUT" + path)) {
                return file.getCharContent(true).toString();
            }
        }
        String all = result.compilation().generatedFiles().stream().map(f -> f.toUri().getPath())
                .collect(Collectors.joining("\n  "));
        throw new AssertionError(block.where() + ": the processor generated no " + path + "; it generated:\n  " + all);
    }

    /** Rewrites every output, source and generated block of the tutorial with what the test found. */
    private static void update() throws IOException {
        List<String> lines = new ArrayList<>(doc);
        List<String> problems = new ArrayList<>();
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block block = blocks.get(i);
            String text;
            try {
                text = switch (block.kind()) {
                    case "output" -> {
                        Result result = results.get(block.target());
                        if (result == null || result.failure() != null) {
                            problems.add(block.where() + ": no such case, or it failed");
                            yield null;
                        }
                        yield result.output() != null ? result.output() : result.rendered();
                    }
                    case "source" -> sourceFile(block).strip();
                    case "generated" -> generated(block).strip();
                    default -> null;
                };
            } catch (AssertionError e) {
                problems.add(e.getMessage());
                text = null;
            }
            if (text != null) {
                List<String> replaced = lines.subList(block.open() + 1, block.close());
                replaced.clear();
                replaced.addAll(text.lines().toList());
            }
        }
        Files.write(tutorialMd, lines, StandardCharsets.UTF_8);
        assertTrue(problems.isEmpty(), "updated " + tutorialMd + " except:\n" + String.join("\n", problems));
    }

    /** Empty drivers, one per row group of reference.md's method tables: DK022 lists every method each needs. */
    private static final List<String> EMPTY_DRIVERS = List.of(
            "@SourceDriver(kind = \"a\", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS})\n"
                    + "public class A extends BaseSourceDriver {}",
            "@SourceDriver(kind = \"b\", supports = {Engine.PANDAS}, iterator = true)\n"
                    + "public class B extends BaseSourceDriver {}",
            "@SourceDriver(kind = \"c\", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS})\n"
                    + "public class C extends OnlineSource {}",
            "@TargetDriver(kind = \"d\", supports = {Engine.STOREY, Engine.SPARK, Engine.PANDAS})\n"
                    + "public class D extends BaseStoreTarget {}",
            "@TargetDriver(kind = \"e\", supports = {Engine.STOREY}, offline = false, online = true, queryable = true)\n"
                    + "public class E extends BaseStoreTarget {}",
            "@TargetDriver(kind = \"f\", supports = {Engine.STOREY}, queryable = true)\n"
                    + "public class F extends BaseStoreTarget {}");

    /**
     * docs/reference.md's "Required methods" tables show exactly the declarations the processor asks
     * for (DK022's "add this method"), no more and no fewer.
     */
    @Test
    void referenceShowsTheSignaturesTheProcessorAsksFor() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (String driver : EMPTY_DRIVERS) {
            String name = driver.substring(driver.indexOf("public class ") + "public class ".length()).split(" ")[0];
            Compilation compilation = Drivers.compile(Drivers.source(name, driver));
            for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.errors()) {
                List<String> lines = diagnostic.getMessage(Locale.ROOT).lines().map(String::strip).toList();
                for (int i = 0; i + 1 < lines.size(); i++) {
                    if (lines.get(i).startsWith("Fix: add this method")) {
                        asked.add(lines.get(i + 1).replaceFirst("\\s*\\{$", ""));
                    }
                }
            }
        }
        assertTrue(asked.size() >= 10, "expected DK022 to ask for every method, got " + asked);
        Path reference = tutorialMd.resolveSibling("reference.md");
        String text = Files.readString(reference, StandardCharsets.UTF_8);
        int start = text.indexOf("\n## Required methods");
        assertTrue(start >= 0, reference + " has no \"## Required methods\" section");
        int end = text.indexOf("\n## ", start + 1);
        String section = text.substring(start, end < 0 ? text.length() : end);
        Set<String> shown = new TreeSet<>();
        Matcher signature = Pattern.compile("`(public [^`]+\\))`").matcher(section);
        while (signature.find()) {
            shown.add(signature.group(1));
        }
        Set<String> missing = new TreeSet<>(asked);
        missing.removeAll(shown);
        Set<String> stale = new TreeSet<>(shown);
        stale.removeAll(asked);
        assertTrue(missing.isEmpty() && stale.isEmpty(), reference + "'s \"Required methods\" disagree with the"
                + " processor.\nThe processor asks for, but the tables do not show: " + missing
                + "\nThe tables show, but the processor does not ask for: " + stale);
    }

    /** The cases that the tutorial never mentions, for the report of {@link #everyCaseIsUsed}. */
    @Test
    void everyCaseIsUsed() {
        Set<String> mentioned = new TreeSet<>();
        for (Block block : blocks) {
            String target = block.target();
            mentioned.add(target.contains("/") ? target.substring(0, target.indexOf('/')) : target);
        }
        Map<String, List<String>> includedBy = new TreeMap<>();
        cases.values().forEach(c -> c.list("include").forEach(i -> includedBy.computeIfAbsent(i, k -> new ArrayList<>()).add(c.name())));
        List<String> unused = cases.keySet().stream()
                .filter(name -> !mentioned.contains(name) && !includedBy.containsKey(name)).toList();
        assertTrue(unused.isEmpty(), "these tutorial cases are neither shown in docs/tutorial.md nor included by another"
                + " case, so nothing keeps them honest: " + unused);
    }
}
