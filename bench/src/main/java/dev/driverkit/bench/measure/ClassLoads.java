package dev.driverkit.bench.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Counts the classes a {@code -Xlog:class+load} log shows, by kind. */
final class ClassLoads {
    private ClassLoads() {}

    static String summary(List<String> lines) {
        Map<String, Predicate<String>> kinds = new LinkedHashMap<>();
        kinds.put("driverkit", n -> n.startsWith("dev.driverkit.") && !n.contains("$$Lambda"));
        kinds.put("Jackson", n -> n.startsWith("com.fasterxml.jackson."));
        kinds.put("lambda/hidden (one per lambda or method reference used)", n -> n.contains("$$Lambda") || n.contains("LambdaForm$")
                || n.contains("/0x"));
        kinds.put("System.Logger", n -> n.startsWith("jdk.internal.logger.") || n.startsWith("java.lang.System$Logger")
                || n.startsWith("sun.util.logging.") || n.startsWith("java.util.logging."));
        kinds.put("java.util.stream", n -> n.startsWith("java.util.stream."));
        kinds.put("java.net/jar URL", n -> n.startsWith("java.net.") || n.startsWith("sun.net."));
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (String line : lines) {
            int at = line.indexOf("[class,load] ");
            if (at < 0) {
                continue;
            }
            String rest = line.substring(at + "[class,load] ".length());
            String name = rest.contains(" ") ? rest.substring(0, rest.indexOf(' ')) : rest;
            total++;
            for (Map.Entry<String, Predicate<String>> kind : kinds.entrySet()) {
                if (kind.getValue().test(name)) {
                    counts.merge(kind.getKey(), 1, Integer::sum);
                }
            }
        }
        StringBuilder text = new StringBuilder(total + " classes (");
        kinds.keySet().forEach(k -> text.append(k).append(' ').append(counts.getOrDefault(k, 0)).append(", "));
        text.setLength(text.length() - 2);
        return text.append(')').toString();
    }
}
