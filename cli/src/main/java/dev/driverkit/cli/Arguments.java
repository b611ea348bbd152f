package dev.driverkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command's words: a command, then {@code --option value} pairs (repeatable ones collect) and
 * {@code --flag}s. A spec value is JSON, or {@code @file} for a file that holds it.
 */
final class Arguments {
    private final String command;
    private final Map<String, List<String>> options;
    private final Set<String> flags;

    private Arguments(String command, Map<String, List<String>> options, Set<String> flags) {
        this.command = command;
        this.options = options;
        this.flags = flags;
    }

    /** Throws {@link UsageException} for an unknown option or one without its value. */
    static Arguments parse(String[] args, Set<String> valued, Set<String> flagNames) {
        String command = args.length == 0 ? "--help" : args[0];
        Map<String, List<String>> options = new LinkedHashMap<>();
        Set<String> flags = new java.util.TreeSet<>();
        for (int i = 1; i < args.length; i++) {
            String word = args[i];
            if (valued.contains(word)) {
                if (i + 1 >= args.length) {
                    throw new UsageException(word + " needs a value");
                }
                options.computeIfAbsent(word, k -> new ArrayList<>()).add(args[++i]);
            } else if (flagNames.contains(word)) {
                flags.add(word);
            } else {
                throw new UsageException("unknown option '" + word + "' for '" + command + "'");
            }
        }
        return new Arguments(command, options, flags);
    }

    String command() {
        return command;
    }

    List<String> all(String option) {
        return options.getOrDefault(option, List.of());
    }

    String one(String option, String fallback) {
        List<String> values = all(option);
        if (values.size() > 1) {
            throw new UsageException(option + " is given " + values.size() + " times; give it once");
        }
        return values.isEmpty() ? fallback : values.get(0);
    }

    String required(String option) {
        String value = one(option, null);
        if (value == null) {
            throw new UsageException("'" + command + "' needs " + option);
        }
        return value;
    }

    boolean flag(String name) {
        return flags.contains(name);
    }

    /** A spec: the JSON itself, or the content of {@code @file}. */
    static String spec(String value) throws IOException {
        if (!value.startsWith("@")) {
            return value;
        }
        Path file = Path.of(value.substring(1));
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such spec file: " + file);
        }
    }

    /** A usage mistake: the command line, not the data, is wrong (exit code 2). */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
