package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the {@link Diagnostic} catalog, docs/errors.md and the processor's sources in sync: every code
 * is well formed and unique, has exactly one {@code ## DKxxx: title} section with a Java example, and
 * every code the processor's sources mention exists.
 */
class ErrorCatalogTest {
    private static final Pattern CODE = Pattern.compile("DK\\d{3}");
    /** Anything that looks like a code in the sources, including malformed ones such as DK12 or DK0123. */
    private static final Pattern CODE_LIKE = Pattern.compile("\\bDK\\d+\\b");
    private static final Pattern SECTION = Pattern.compile("## (DK\\d{3}): \\S.*");
    private static final Pattern SEVERITY = Pattern.compile("\\*\\*Severity:\\*\\* (error|warning)\\b");

    private static Path docsDir;
    private static Path errorsMd;
    /** The sections of errors.md by code, in file order; a code with two sections fails {@link #eachSectionOnce}. */
    private static final Map<String, List<String>> sections = new LinkedHashMap<>();
    private static final List<String> malformedHeadings = new ArrayList<>();

    @BeforeAll
    static void readCatalog() throws IOException {
        String configured = System.getProperty("driverkit.docs.dir");
        docsDir = (configured != null ? Path.of(configured) : Path.of("..", "docs")).toAbsolutePath().normalize();
        errorsMd = docsDir.resolve("errors.md");
        assertTrue(Files.isRegularFile(errorsMd), "the error catalog is missing: " + errorsMd);

        String currentCode = null;
        StringBuilder current = null;
        boolean inFence = false;
        for (String line : Files.readAllLines(errorsMd, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.startsWith("## ")) {
                if (currentCode != null) {
                    sections.computeIfAbsent(currentCode, c -> new ArrayList<>()).add(current.toString());
                }
                Matcher heading = SECTION.matcher(line);
                if (heading.matches()) {
                    currentCode = heading.group(1);
                    current = new StringBuilder();
                } else {
                    currentCode = null;
                    if (line.toUpperCase(Locale.ROOT).startsWith("## DK")) {
                        malformedHeadings.add(line);
                    }
                }
                continue;
            }
            if (currentCode != null) {
                current.append(line).append('\n');
            }
        }
        if (currentCode != null) {
            sections.computeIfAbsent(currentCode, c -> new ArrayList<>()).add(current.toString());
        }
    }

    @Test
    void codesAreDkAndThreeDigits() {
        List<String> bad = Stream.of(Diagnostic.values())
                .filter(d -> !CODE.matcher(d.code()).matches())
                .map(d -> d.name() + " has code \"" + d.code() + "\"")
                .toList();
        assertTrue(bad.isEmpty(), "codes must be DK followed by three digits: " + bad);
    }

    @Test
    void codesAreUnique() {
        Map<String, List<String>> byCode = new TreeMap<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            byCode.computeIfAbsent(diagnostic.code(), c -> new ArrayList<>()).add(diagnostic.name());
        }
        Map<String, List<String>> shared = byCode.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertTrue(shared.isEmpty(), "enum entries share a code: " + shared);
    }

    @Test
    void everyCodeHasASection() {
        Set<String> missing = new TreeSet<>(enumCodes());
        missing.removeAll(sections.keySet());
        assertTrue(missing.isEmpty(), errorsMd + " has no \"## DKxxx: <title>\" section for " + missing);
    }

    @Test
    void everySectionIsACode() {
        Set<String> unknown = new TreeSet<>(sections.keySet());
        unknown.removeAll(enumCodes());
        List<String> problems = new ArrayList<>();
        if (!unknown.isEmpty()) {
            problems.add(errorsMd + " documents codes that Diagnostic does not have: " + unknown);
        }
        if (!malformedHeadings.isEmpty()) {
            problems.add(errorsMd + " has headings that look like codes but are not \"## DKxxx: <title>\": "
                    + malformedHeadings);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void eachSectionOnce() {
        List<String> repeated = sections.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        assertTrue(repeated.isEmpty(), errorsMd + " has more than one section for " + repeated);
    }

    @Test
    void everySectionHasAJavaExample() {
        List<String> without = sections.entrySet().stream()
                .filter(e -> e.getValue().stream().noneMatch(text -> text.lines().anyMatch(l -> l.strip().equals("```java"))))
                .map(Map.Entry::getKey).toList();
        assertTrue(without.isEmpty(), "these sections of " + errorsMd + " have no ```java example: " + without);
    }

    /** The severity a section states is the enum's. */
    @Test
    void everySectionStatesTheSeverity() {
        List<String> wrong = new ArrayList<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            for (String text : sections.getOrDefault(diagnostic.code(), List.of())) {
                Matcher severity = SEVERITY.matcher(text);
                String expected = diagnostic.kind() == javax.tools.Diagnostic.Kind.ERROR ? "error" : "warning";
                if (!severity.find()) {
                    wrong.add(diagnostic.code() + ": no \"**Severity:** " + expected + "\" line");
                } else if (!severity.group(1).equals(expected)) {
                    wrong.add(diagnostic.code() + ": says " + severity.group(1) + ", the enum says " + expected);
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /**
     * Each section shows the message as javac prints it, and that message still fits the enum's
     * templates: when a template changes, recompile the section's example and paste the new output.
     */
    @Test
    void everySectionShowsTheCurrentMessage() {
        List<String> stale = new ArrayList<>();
        for (Diagnostic diagnostic : Diagnostic.values()) {
            String marker = "[" + diagnostic.code() + "] ";
            Pattern problem = template(diagnostic.problemTemplate() + ".");
            Pattern fix = template(diagnostic.fixTemplate().split("%n", 2)[0]);
            for (String text : sections.getOrDefault(diagnostic.code(), List.of())) {
                List<String> lines = text.lines().toList();
                int shown = 0;
                for (int i = 0; i < lines.size(); i++) {
                    int at = lines.get(i).indexOf(marker);
                    if (at < 0) {
                        continue;
                    }
                    shown++;
                    String message = lines.get(i).substring(at + marker.length());
                    if (!problem.matcher(message).matches()) {
                        stale.add(diagnostic.code() + ": \"" + message + "\" does not fit \"" + diagnostic.problemTemplate() + "\"");
                    }
                    String fixLine = null;
                    for (int j = i + 1; j < lines.size() && fixLine == null; j++) {
                        String candidate = lines.get(j).strip();
                        if (candidate.startsWith("Fix: ")) {
                            fixLine = candidate.substring("Fix: ".length());
                        } else if (candidate.contains("[DK") || candidate.startsWith("```")) {
                            break;
                        }
                    }
                    if (fixLine == null) {
                        stale.add(diagnostic.code() + ": no \"Fix:\" line after \"" + message + "\"");
                    } else if (!fix.matcher(fixLine).matches()) {
                        stale.add(diagnostic.code() + ": \"Fix: " + fixLine + "\" does not fit \"" + diagnostic.fixTemplate() + "\"");
                    }
                }
                if (shown == 0) {
                    stale.add(diagnostic.code() + ": the section shows no message starting with " + marker.strip());
                }
            }
        }
        assertTrue(stale.isEmpty(), errorsMd + " is out of date:\n" + String.join("\n", stale));
    }

    @Test
    void everyCodeInTheProcessorSourcesIsInTheEnum() {
        Path sources = docsDir.resolveSibling("processor").resolve(Path.of("src", "main"));
        assertTrue(Files.isDirectory(sources), "processor sources not found at " + sources);
        Set<String> known = enumCodes();
        Map<String, List<String>> unknown = new TreeMap<>();
        int mentions = 0;
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines;
                try {
                    lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                } catch (java.nio.charset.MalformedInputException binary) {
                    continue;
                }
                for (int i = 0; i < lines.size(); i++) {
                    Matcher code = CODE_LIKE.matcher(lines.get(i));
                    while (code.find()) {
                        mentions++;
                        if (!known.contains(code.group())) {
                            unknown.computeIfAbsent(code.group(), c -> new ArrayList<>())
                                    .add(sources.relativize(file) + ":" + (i + 1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(mentions > 0, "found no DKxxx code at all under " + sources + ": is the path right?");
        assertTrue(unknown.isEmpty(), "codes mentioned in " + sources + " but not in Diagnostic: " + unknown);
    }

    private static Set<String> enumCodes() {
        return Stream.of(Diagnostic.values()).map(Diagnostic::code).collect(Collectors.toCollection(TreeSet::new));
    }

    /** A format template as a regex: each {@code %s} (or other conversion) matches any text. */
    private static Pattern template(String format) {
        StringBuilder regex = new StringBuilder();
        int last = 0;
        Matcher conversion = Pattern.compile("%[a-zA-Z%]").matcher(format);
        while (conversion.find()) {
            regex.append(Pattern.quote(format.substring(last, conversion.start())));
            regex.append(conversion.group().equals("%%") ? "%" : ".*");
            last = conversion.end();
        }
        regex.append(Pattern.quote(format.substring(last)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
