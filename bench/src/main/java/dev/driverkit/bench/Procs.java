package dev.driverkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs child JVMs and reads their {@code key=value} output lines. */
public final class Procs {
    private Procs() {}

    /** A finished child: its output lines, its {@code key=value} pairs (last wins) and its wall time. */
    public record Result(List<String> lines, Map<String, String> values, double wallMillis) {
        public String get(String key) {
            String value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("The child printed no " + key + "=...; its output:\n"
                        + String.join("\n", lines));
            }
            return value;
        }

        /** The {@code phase.<name>=<micros>} lines, by name. */
        public Map<String, Double> phases() {
            Map<String, Double> phases = new LinkedHashMap<>();
            values.forEach((k, v) -> {
                if (k.startsWith("phase.")) {
                    phases.put(k.substring("phase.".length()), Double.parseDouble(v) / 1000);
                }
            });
            return phases;
        }

        public List<String> all(String key) {
            List<String> found = new ArrayList<>();
            for (String line : lines) {
                if (line.startsWith(key + "=")) {
                    found.add(line.substring(key.length() + 1));
                }
            }
            return found;
        }
    }

    /** Runs {@code command}; stderr goes to {@code log}; a non-zero exit is an error showing the log's tail. */
    public static Result run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
            long start = System.nanoTime();
            Process process = builder.start();
            List<String> lines = new ArrayList<>();
            try (var out = process.inputReader()) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            int exit = process.waitFor();
            double wall = (System.nanoTime() - start) / 1e6;
            if (exit != 0) {
                List<String> err = Files.readAllLines(log);
                throw new IllegalStateException("Child JVM failed (exit " + exit + "): " + brief(command)
                        + "\nstdout:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()))
                        + "\nstderr (" + log + "):\n" + String.join("\n", err.subList(Math.max(0, err.size() - 40), err.size())));
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : lines) {
                int eq = line.indexOf('=');
                if (eq > 0 && line.substring(0, eq).matches("[A-Za-z0-9_.-]+")) {
                    values.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return new Result(lines, values, wall);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The command without its (long) class path. */
    static String brief(List<String> command) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < command.size(); i++) {
            String arg = command.get(i);
            if ((arg.equals("-cp") || arg.equals("-classpath")) && i + 1 < command.size()) {
                shown.add(arg);
                shown.add("<" + command.get(++i).split(java.io.File.pathSeparator).length + " entries>");
            } else if (!arg.startsWith("--add-opens")) {
                shown.add(arg);
            }
        }
        return String.join(" ", shown);
    }

    private static java.io.File nullFile() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
