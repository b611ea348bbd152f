package dev.driverkit.bench.measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cold call's time goes, from a {@code -Xlog:class+load:stdout:uptimenanos} log: the time between
 * the first loads of "marker" classes (driverkit's own, Jackson's JsonFactory, the JDK's System.Logger
 * finder, LambdaMetafactory, stream pipelines, java.time's formatter), each window named after the marker
 * that opened it, with the number of classes loaded in it. Too coarse to be exact, enough to see which
 * first uses dominate.
 */
final class ClassLoadTimeline {
    private static final Pattern LINE = Pattern.compile("^\\[(\\d+)ns\\] (\\S+)");

    private ClassLoadTimeline() {}

    /** The {@code top} longest windows after {@code mainClass} was loaded, longest first. */
    static List<String> longestWindows(List<String> lines, String mainClass, int top) {
        List<long[]> times = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String line : lines) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                times.add(new long[] {Long.parseLong(m.group(1))});
                names.add(m.group(2));
            }
        }
        int first = names.indexOf(mainClass);
        if (first < 0) {
            return List.of("(no class-load log)");
        }
        record Window(String marker, double start, double millis, int classes) {}
        List<Window> windows = new ArrayList<>();
        int open = first;
        for (int i = first + 1; i <= names.size(); i++) {
            if (i == names.size() || isMarker(names.get(i))) {
                long end = i == names.size() ? times.get(i - 1)[0] : times.get(i)[0];
                windows.add(new Window(names.get(open), (times.get(open)[0] - times.get(first)[0]) / 1e6,
                        (end - times.get(open)[0]) / 1e6, i - open));
                open = i;
            }
        }
        return windows.stream().sorted(Comparator.comparingDouble(Window::millis).reversed()).limit(top)
                .map(w -> String.format(Locale.ROOT, "at %5.1f ms: %5.1f ms, %3d classes, after %s", w.start(), w.millis(),
                        w.classes(), w.marker()))
                .toList();
    }

    private static boolean isMarker(String name) {
        return (name.startsWith("dev.driverkit.") && !name.contains("$$Lambda"))
                || name.equals("com.fasterxml.jackson.core.JsonFactory")
                || name.equals("java.lang.System$LoggerFinder")
                || name.equals("java.lang.invoke.LambdaMetafactory")
                || name.equals("java.util.stream.ReferencePipeline")
                || name.equals("java.util.stream.IntPipeline")
                || name.equals("java.util.Properties")
                || name.equals("java.time.format.DateTimeFormatter");
    }
}
