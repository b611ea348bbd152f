package dev.driverkit.engine;

/**
 * What a write wrote: rows (events), and the files or messages they became where the target counts
 * them (0 otherwise).
 */
public record WriteResult(long rows, long files, long messages) {
    public static WriteResult rows(long rows) {
        return new WriteResult(rows, 0, 0);
    }

    public static WriteResult files(long rows, long files) {
        return new WriteResult(rows, files, 0);
    }

    public static WriteResult messages(long rows, long messages) {
        return new WriteResult(rows, 0, messages);
    }
}
