package dev.driverkit.examples.sqlite;

import dev.driverkit.examples.support.Instants;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * The column types of the sqlite online store: each Java value type has a declared SQLite type, which also
 * tells how to read the column back, so values keep their types across a write and a read (SQLite itself
 * keeps only storage classes). Integers are read back as Long, floats as Double; date-times are stored as
 * UTC text ({@code 2024-01-01 00:00:00.5}, as Python's sqlite3 and pandas write them) and read back as
 * {@link Instant}; NaN is stored as the text {@code NaN} (SQLite would turn it into NULL).
 */
enum SqliteColumnType {
    BOOLEAN("BOOLEAN", "boolean"),
    BIGINT("BIGINT", "integer"),
    DOUBLE("DOUBLE", "number"),
    DECIMAL("DECIMAL", "decimal"),
    TEXT("TEXT", "text"),
    TIMESTAMP("TIMESTAMP", "date-time"),
    DATE("DATE", "date"),
    DURATION("DURATION", "duration"),
    BLOB("BLOB", "bytes");

    private static final DateTimeFormatter UTC_TEXT = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss").optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .optionalEnd().toFormatter(Locale.ROOT);

    final String declared;
    final String description;

    SqliteColumnType(String declared, String description) {
        this.declared = declared;
        this.description = description;
    }

    /** The type a value asks for, or null when the store cannot hold it. */
    static SqliteColumnType of(Object value) {
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long) {
            return BIGINT;
        }
        if (value instanceof Double || value instanceof Float) {
            return DOUBLE;
        }
        if (value instanceof BigDecimal || value instanceof BigInteger) {
            return DECIMAL;
        }
        if (value instanceof String || value instanceof Character || value instanceof Enum<?>) {
            return TEXT;
        }
        if (Instants.of(value) != null) {
            return TIMESTAMP;
        }
        if (value instanceof LocalDate || value instanceof java.sql.Date) {
            return DATE;
        }
        if (value instanceof Duration) {
            return DURATION;
        }
        if (value instanceof byte[]) {
            return BLOB;
        }
        return null;
    }

    /** The type of a declared column, or null for a type this store did not declare (read as SQLite gives it). */
    static SqliteColumnType ofDeclared(String declared) {
        if (declared == null) {
            return null;
        }
        for (SqliteColumnType type : values()) {
            if (type.declared.equalsIgnoreCase(declared.trim())) {
                return type;
            }
        }
        return null;
    }

    /** Whether a column of this type holds {@code value} (an integer fits a floating column, not the reverse). */
    boolean holds(Object value) {
        SqliteColumnType own = of(value);
        return own == this || (this == DOUBLE && own == BIGINT) || (this == DECIMAL && (own == BIGINT || own == DOUBLE));
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (this) {
            case BOOLEAN -> statement.setInt(index, (Boolean) value ? 1 : 0);
            case BIGINT -> statement.setLong(index, ((Number) value).longValue());
            case DOUBLE -> {
                double number = ((Number) value).doubleValue();
                if (Double.isNaN(number)) {
                    statement.setString(index, "NaN");
                } else {
                    statement.setDouble(index, number);
                }
            }
            case DECIMAL -> statement.setString(index, value instanceof BigDecimal decimal ? decimal.toPlainString()
                    : value instanceof BigInteger ? value.toString() : new BigDecimal(value.toString()).toPlainString());
            case TEXT -> statement.setString(index, value.toString());
            case TIMESTAMP -> statement.setString(index, UTC_TEXT.format(LocalDateTime.ofInstant(Instants.of(value), ZoneOffset.UTC)));
            case DATE -> statement.setString(index, value.toString());
            case DURATION -> statement.setString(index, value.toString());
            case BLOB -> statement.setBytes(index, (byte[]) value);
        }
    }

    /** The value of column {@code index}, or null. */
    Object read(ResultSet result, int index) throws SQLException {
        Object stored = result.getObject(index);
        if (stored == null) {
            return null;
        }
        return switch (this) {
            case BOOLEAN -> ((Number) stored).intValue() != 0;
            case BIGINT -> ((Number) stored).longValue();
            case DOUBLE -> stored instanceof Number number ? number.doubleValue() : Double.valueOf(stored.toString());
            case DECIMAL -> new BigDecimal(stored.toString());
            case TEXT -> stored.toString();
            case TIMESTAMP -> LocalDateTime.parse(stored.toString(), UTC_TEXT).toInstant(ZoneOffset.UTC);
            case DATE -> LocalDate.parse(stored.toString());
            case DURATION -> Duration.parse(stored.toString());
            case BLOB -> result.getBytes(index);
        };
    }

    /** A bound of a time range, as the text the store compares. */
    static String timeText(LocalDateTime utc) {
        return UTC_TEXT.format(utc);
    }
}
