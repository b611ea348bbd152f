package dev.driverkit.registry;

/**
 * A driver could not be found or chosen: an unknown kind (the message lists the known kinds), a kind
 * that exists only in the other direction, two drivers claiming one kind (the message names both
 * classes and where they came from), or a registry entry whose class is missing.
 */
public final class DriverLookupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String kind;

    public DriverLookupException(String kind, String message) {
        this(kind, message, null);
    }

    public DriverLookupException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** The kind that was asked for. */
    public String kind() {
        return kind;
    }
}
