package dev.driverkit.ingest;

/** An ingest that could not be run, or whose read or write failed; the cause is the driver's failure. */
public final class IngestException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
