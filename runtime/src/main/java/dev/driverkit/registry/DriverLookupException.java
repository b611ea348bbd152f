package dev.driverkit.registry;

/**
 * A driver could not be found or chosen: a kind that is not well formed, an unknown kind (the message
 * lists the known kinds), a kind that exists only in the other direction, two drivers claiming one kind
 * (the message names both classes and where they came from), a registry entry whose codec or driver
 * class is missing or fails to initialize or construct (that kind only), or a registry entry this
 * runtime cannot read (a newer format, a missing class, codec, kind or engines, an unknown engine).
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

    /**
     * The kind that was asked for; for an entry this runtime cannot read, the kind the entry names
     * (or, when it names none, the kind its file name stands for).
     */
    public String kind() {
        return kind;
    }
}
