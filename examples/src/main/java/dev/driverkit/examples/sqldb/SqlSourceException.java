package dev.driverkit.examples.sqldb;

/**
 * The database side of a {@link SqlSource} failed: it could not be reached, or it refused the query.
 * The message names the source, the database URL (password masked) and the table or query, and
 * carries what the database said; {@link #sqlState()} is the SQLSTATE it reported, when it did.
 * Mistakes in the spec or the request (an unknown table or column) are {@link IllegalArgumentException}s.
 */
public class SqlSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sqlState;

    public SqlSourceException(String message, String sqlState, Throwable cause) {
        super(message, cause);
        this.sqlState = sqlState;
    }

    /** The SQLSTATE the database or driver reported, or null. */
    public String sqlState() {
        return sqlState;
    }
}
