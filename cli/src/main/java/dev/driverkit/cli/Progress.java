package dev.driverkit.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * Rows so far and their rate, on standard error while an ingest runs: one line rewritten in place on a
 * terminal, a line every few seconds otherwise (logs). Hand-written: one line of text does not need a
 * progress-bar library and its terminal handling.
 */
final class Progress implements LongConsumer {
    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final long everyNanos;
    private long lastShown;
    private long rows;
    private boolean shown;

    Progress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
        this.everyNanos = terminal ? 200_000_000L : 5_000_000_000L;
        this.lastShown = started;
    }

    @Override
    public void accept(long rowsSoFar) {
        rows = rowsSoFar;
        long now = System.nanoTime();
        if (now - lastShown >= everyNanos) {
            lastShown = now;
            show(now);
        }
    }

    /** Ends the progress line, so what follows starts on a line of its own. */
    void finish() {
        if (shown && terminal) {
            err.print("\r\033[2K");
            err.flush();
        }
    }

    private void show(long now) {
        double seconds = (now - started) / 1e9;
        String line = String.format(Locale.ROOT, "  %,d rows  (%,.0f rows/s)", rows, rows / Math.max(seconds, 1e-9));
        if (terminal) {
            err.print("\r" + line);
        } else {
            err.println(line);
        }
        err.flush();
        shown = true;
    }
}
