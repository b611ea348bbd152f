package dev.driverkit.examples.sqldb;

import java.sql.Types;
import java.util.Locale;

/**
 * Column types for SQLite, whose JDBC driver reports the storage class of the current row's value (an
 * {@code amount NUMERIC(10, 2)} column whose first value is 0 reads as INTEGER, and every later 79.19 would
 * be cut to 79). The declared type decides instead, by SQLite's column affinity rules (datatype3 section 3.1,
 * applied in that order).
 */
final class SqliteTypes {
    private SqliteTypes() {}

    static boolean isSqlite(String productName) {
        return "SQLite".equalsIgnoreCase(productName);
    }

    /**
     * A date or time column. SQLite has no such type: Python's sqlite3 and pandas (so MLRun) store times as
     * text ({@code 2024-01-01 00:07:01}), and the JDBC driver's own parser accepts one pattern only; so these
     * columns are read as text and parsed as {@code parse_dates} columns are, on every engine.
     */
    static boolean isTime(String declared) {
        String name = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        return !name.contains("INT") && (name.contains("DATE") || name.contains("TIME"));
    }

    /** {@code expression} as normalised text, so times written with a space and with a 'T' compare right. */
    static String comparableTime(String expression) {
        return "strftime('%Y-%m-%d %H:%M:%f', " + expression + ")";
    }

    /** The JDBC type to read a column with, from its declared type; {@code reported} where affinity says nothing. */
    static int columnType(String declared, int reported) {
        String name = declared == null ? "" : declared.toUpperCase(Locale.ROOT);
        if (name.contains("INT")) {
            return Types.BIGINT; // SQLite's integers are 64 bits, whatever the declared width
        }
        if (name.contains("CHAR") || name.contains("CLOB") || name.contains("TEXT")) {
            return Types.VARCHAR;
        }
        if (name.isEmpty() || name.contains("BLOB")) {
            return reported; // no affinity: values keep their own storage class
        }
        if (name.contains("REAL") || name.contains("FLOA") || name.contains("DOUB")) {
            return Types.DOUBLE;
        }
        if (isTime(declared)) {
            return Types.VARCHAR; // read as written, then parsed (see isTime)
        }
        if (name.contains("BOOL")) {
            return reported;
        }
        return Types.NUMERIC; // NUMERIC affinity: DECIMAL(p, s), NUMERIC, ...
    }
}
