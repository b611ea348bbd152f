package dev.driverkit.processor.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One corpus case: a Java file in package {@code corpus} whose comments say what the processor must
 * report for it. On a line, {@code // expect: DK022 DK024} expects those codes on that line (a code
 * written twice, twice), {@code DK025?} on several lines one such code on one of those lines (for a
 * compiler whose member order varies from run to run), and {@code // expect: error} one of the
 * compiler's own errors; a compiler name
 * in brackets ({@code // expect[ecj]: ...}, {@code // generates[javac]: ...}) limits an expectation to that
 * compiler. Anywhere,
 * {@code // expect: clean} expects no error and no warning, and {@code // generates: corpus.A, corpus.B$C}
 * lists (by binary name) the drivers that get a codec and a registry entry (no such line means none), and
 * {@code // classpath-without: spark-sql} compiles without the class-path entries whose path contains the
 * word (an engine library the user has not added).
 *
 * @param name the file name without {@code .java}
 * @param coded the expected driverkit codes, as {@code "DK022@12"}, sorted
 * @param eitherLine per code written with {@code ?}, the lines one of which carries it once
 * @param errorLines the lines that must carry a compiler error
 */
public record CaseFile(String name, Path path, boolean clean, Set<String> generates, List<String> coded,
        Map<String, Set<Long>> eitherLine, Set<Long> errorLines, Set<String> classPathWithout) {
    /** One expectation's head; its words run to the next head or the end of the line. */
    private static final Pattern EXPECT = Pattern.compile("expect(?:\\[(\\w+)])?:");
    private static final Pattern GENERATES = Pattern.compile("^\\s*//\\s*generates(?:\\[(\\w+)])?:\\s*(.+?)\\s*$");
    private static final Pattern WITHOUT = Pattern.compile("^\\s*//\\s*classpath-without:\\s*(.+?)\\s*$");
    private static final Pattern CODE = Pattern.compile("DK\\d{3}");
    private static final Pattern EITHER = Pattern.compile("(DK\\d{3})\\?");

    /** Reads the case's expectations for one compiler ({@code javac} or {@code ecj}). */
    public static CaseFile read(Path path, String compiler) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = path.getFileName().toString().replaceFirst("\\.java$", "");
        boolean clean = false;
        Set<String> generates = new TreeSet<>();
        List<String> coded = new ArrayList<>();
        Map<String, Set<Long>> eitherLine = new TreeMap<>();
        Set<Long> errorLines = new TreeSet<>();
        Set<String> without = new TreeSet<>();
        for (int i = 0; i < lines.size(); i++) {
            long line = i + 1;
            Matcher generated = GENERATES.matcher(lines.get(i));
            if (generated.matches() && (generated.group(1) == null || generated.group(1).equalsIgnoreCase(compiler))) {
                for (String driver : generated.group(2).split(",")) {
                    generates.add(driver.strip());
                }
            }
            Matcher left = WITHOUT.matcher(lines.get(i));
            if (left.matches()) {
                without.addAll(List.of(left.group(1).split("[\\s,]+")));
            }
            int comment = lines.get(i).indexOf("//");
            String text = comment < 0 ? "" : lines.get(i).substring(comment);
            Matcher head = EXPECT.matcher(text);
            List<MatchResult> heads = new ArrayList<>();
            while (head.find()) {
                heads.add(head.toMatchResult());
            }
            for (int k = 0; k < heads.size(); k++) {
                String target = heads.get(k).group(1);
                String words = text.substring(heads.get(k).end(),
                        k + 1 < heads.size() ? heads.get(k + 1).start() : text.length()).strip();
                if (target != null && !target.toLowerCase(Locale.ROOT).equals(compiler)) {
                    continue;
                }
                for (String word : words.split("[\\s,]+")) {
                    if (word.equals("clean")) {
                        clean = true;
                    } else if (word.equals("error")) {
                        errorLines.add(line);
                    } else if (CODE.matcher(word).matches()) {
                        coded.add(word + "@" + line);
                    } else if (EITHER.matcher(word).matches()) {
                        eitherLine.computeIfAbsent(word.substring(0, word.length() - 1), c -> new TreeSet<>()).add(line);
                    } else {
                        throw new IllegalArgumentException(path + ":" + line + ": unknown expectation \"" + word + "\"");
                    }
                }
            }
        }
        if (!clean && coded.isEmpty() && eitherLine.isEmpty() && errorLines.isEmpty()) {
            throw new IllegalArgumentException(path + " expects nothing: add \"// expect: clean\" or expectations");
        }
        Collections.sort(coded);
        return new CaseFile(name, path, clean, Set.copyOf(generates), List.copyOf(coded), Map.copyOf(eitherLine),
                Set.copyOf(errorLines), Set.copyOf(without));
    }
}
