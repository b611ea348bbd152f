package dev.driverkit.examples.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A small deterministic data set: {@value #ROWS} shop transactions, the same bytes on every run.
 * Columns: {@code id} (the key, 1..1000), {@code ts} (event time, {@code yyyy-MM-dd HH:mm:ss}, every
 * 7 minutes and a few seconds from {@link #START}), {@code category} (text, some with a comma and so
 * quoted), {@code amount} (2 decimals), {@code quantity} (integer) and {@code discount} (a number,
 * empty in every tenth row).
 */
public final class SampleData {
    public static final int ROWS = 1000;
    public static final LocalDateTime START = LocalDateTime.of(2024, 1, 1, 0, 0);
    public static final List<String> COLUMNS = List.of("id", "ts", "category", "amount", "quantity", "discount");
    public static final String KEY = "id";
    public static final String TIME = "ts";

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> CATEGORIES = List.of("books", "games", "home, garden", "music", "tools");

    private SampleData() {}

    /** The event time of row {@code i} (0-based). */
    public static LocalDateTime time(int i) {
        return START.plusMinutes(7L * i).plusSeconds(i % 13);
    }

    /** Writes the data set to {@code file} (creating its folder) and returns the file. */
    public static Path write(Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(String.join(",", COLUMNS) + "\n");
                for (int i = 0; i < ROWS; i++) {
                    String category = CATEGORIES.get((i * 7) % CATEGORIES.size());
                    String amount = String.format(Locale.ROOT, "%.2f", ((i * 7919L) % 100_000) / 100.0);
                    int quantity = 1 + (i * 31) % 9;
                    String discount = i % 10 == 0 ? "" : String.format(Locale.ROOT, "%.1f", (i % 5) * 0.5);
                    out.write((i + 1) + "," + TS.format(time(i)) + "," + quote(category) + "," + amount + ","
                            + quantity + "," + discount + "\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample data to " + file, e);
        }
    }

    private static String quote(String text) {
        return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
