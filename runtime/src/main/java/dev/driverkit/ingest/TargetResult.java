package dev.driverkit.ingest;

import java.time.Duration;

/**
 * What one target wrote.
 *
 * @param rows rows (events) written, or -1 where the engine cannot tell
 * @param files files written, where the target counts them (0 otherwise)
 * @param elapsed from the start of the run to the end of this target's write
 */
public record TargetResult(String kind, String name, long rows, long files, Duration elapsed) {
    /** {@code parquet 'history': 1000 rows, 2 files in 1.2 s}. */
    public String summary() {
        return kind + Ingest.named(name) + ": " + (rows < 0 ? "? rows" : rows + " rows")
                + (files > 0 ? ", " + files + " files" : "") + " in "
                + String.format(java.util.Locale.ROOT, "%.2f s", elapsed.toNanos() / 1e9);
    }
}
