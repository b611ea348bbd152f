package dev.driverkit.examples.sqldb;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * One read of a {@link SqlSource} through JDBC, shared by the PANDAS and STOREY engines: it connects,
 * checks the requested columns against the table's (or query's) columns, runs
 * {@code SELECT columns FROM table_or_query WHERE start < time <= end} and hands the rows out one at a
 * time, {@code chunksize} rows per round trip. Close it to release the statement and the connection;
 * it closes itself when the last row has been read or a read fails.
 *
 * <p>Values come as plain Java types, the same on both engines: integers as {@code Integer} or
 * {@code Long}, {@code numeric} as {@code BigDecimal}, {@code real} as {@code Float}, {@code double} as
 * {@code Double}, text as {@code String}, {@code timestamp} as {@code LocalDateTime}, {@code timestamptz}
 * as the {@code LocalDateTime} in UTC (MLRun's naive times are UTC), {@code date} as {@code LocalDate},
 * arrays as {@code List}; types without a {@code java.*} class (JSON, intervals) as their text. Text in a
 * {@code parse_dates} column is parsed to a {@code LocalDateTime}.
 */
final class SqlCursor implements AutoCloseable {
    private static final DateTimeFormatter TEXT_TIME = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .optionalStart().append(DateTimeFormatter.ISO_LOCAL_TIME).optionalEnd()
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHmm", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter(Locale.ROOT);

    /**
     * What to read.
     *
     * @param columns the columns to return in this order, all when empty
     * @param timeField the column the range applies to, or null
     * @param start exclusive lower bound, or null
     * @param end inclusive upper bound, or null
     * @param required further columns that must exist, by role ("key field" to "id")
     */
    record Selection(List<String> columns, String timeField, LocalDateTime start, LocalDateTime end,
            Map<String, String> required) {
        Selection {
            columns = columns == null ? List.of() : List.copyOf(columns);
            required = required == null ? Map.of() : required;
        }

        boolean hasRange() {
            return start != null || end != null;
        }
    }

    private final SqlSource source;
    private final SqlUrl url;
    private final Connection connection;
    /** Volatile: {@link #cancel()} reads it from another thread. */
    private volatile PreparedStatement statement;
    private ResultSet rows;
    private List<String> columns = List.of();
    private int[] types = new int[0];
    private boolean[] zoned = new boolean[0];
    private boolean[] parseDates = new boolean[0];
    private boolean timeZoned;
    /** SQLite, whose column types and times need {@link SqliteTypes}; known once the query is planned. */
    private boolean sqlite;
    private boolean closed;
    private volatile boolean cancelled;

    private SqlCursor(SqlSource source, SqlUrl url, Connection connection) {
        this.source = source;
        this.url = url;
        this.connection = connection;
    }

    /** Connects, checks the selection and runs the query; the cursor is positioned before the first row. */
    static SqlCursor open(SqlSource source, Selection selection) {
        SqlCursor cursor = connect(source);
        cursor.start(selection);
        return cursor;
    }

    /**
     * Checks the selection and runs the query on a cursor from {@link #connect}, which {@link #cancel()}
     * can stop from another thread meanwhile; closes the cursor if that fails.
     */
    void start(Selection selection) {
        try {
            execute(selection);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Stops, from another thread, the query this cursor runs or is about to run (JDBC's
     * {@code Statement.cancel}, which PostgreSQL, H2 and SQLite's drivers implement): the reading thread's
     * call then fails, and it closes the cursor. Best effort: a driver that cannot cancel lets the
     * current call finish.
     */
    void cancel() {
        cancelled = true;
        Statement running = statement;
        if (running != null) {
            try {
                running.cancel();
            } catch (SQLException | RuntimeException ignored) {
                // closed meanwhile, or the driver cannot cancel: the read stops after the current call
            }
        }
    }

    /** Connects and checks the selection against the database's columns, without running the query. */
    static void check(SqlSource source, Selection selection) {
        try (SqlCursor cursor = connect(source)) {
            cursor.plan(selection);
        }
    }

    /** Connects, without running anything yet: {@link #start} runs the query. */
    static SqlCursor connect(SqlSource source) {
        source.fromClause(); // a spec without table_name or query fails before connecting
        SqlUrl url = source.url();
        Connection connection = url.connect(source.describe());
        SqlCursor cursor = new SqlCursor(source, url, connection);
        try {
            // Streaming: PostgreSQL's driver honours the fetch size only inside a transaction.
            connection.setAutoCommit(false);
        } catch (SQLException e) {
            cursor.close();
            throw cursor.failure("cannot begin a transaction on", e);
        }
        try {
            connection.setReadOnly(true); // a hint; SQLite's driver, for one, refuses it once connected
        } catch (SQLException ignored) {
            // reading works the same without it
        }
        return cursor;
    }

    /** The SQL for the selection, after checking every column it names. */
    private String plan(Selection selection) {
        String from = source.fromClause();
        List<String> all = new ArrayList<>();
        List<Integer> allTypes = new ArrayList<>();
        List<String> allTypeNames = new ArrayList<>();
        try (Statement probe = connection.createStatement();
                ResultSet empty = probe.executeQuery("SELECT * FROM " + from + " WHERE 1 = 0")) {
            sqlite = SqliteTypes.isSqlite(connection.getMetaData().getDatabaseProductName());
            ResultSetMetaData meta = empty.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                all.add(meta.getColumnLabel(i));
                allTypes.add(meta.getColumnType(i));
                allTypeNames.add(meta.getColumnTypeName(i));
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw readFailure(e);
        }

        List<String> selected = new ArrayList<>();
        for (String column : selection.columns()) {
            selected.add(resolve(all, column, "requested column"));
        }
        selection.required().forEach((role, column) -> {
            if (column != null) {
                resolve(all, column, role);
            }
        });
        for (String column : source.getParseDates()) {
            resolve(all, column, "parse_dates column");
        }

        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(selected.isEmpty() ? "*" : String.join(", ", selected.stream().map(this::quote).toList()));
        sql.append(" FROM ").append(from);
        if (selection.hasRange()) {
            String time = resolve(all, selection.timeField(), "time field");
            int index = all.indexOf(time);
            timeZoned = allTypes.get(index) == Types.TIMESTAMP_WITH_TIMEZONE
                    || "timestamptz".equalsIgnoreCase(allTypeNames.get(index));
            // SQLite compares times as text: both sides in one spelling (pandas writes a space, Java a 'T')
            String column = sqlite ? SqliteTypes.comparableTime(quote(time)) : quote(time);
            String bound = sqlite ? SqliteTypes.comparableTime("?") : "?";
            sql.append(" WHERE ");
            if (selection.start() != null) {
                sql.append(column).append(" > ").append(bound);
            }
            if (selection.end() != null) {
                sql.append(selection.start() != null ? " AND " : "").append(column).append(" <= ").append(bound);
            }
        }
        return sql.toString();
    }

    private void execute(Selection selection) {
        String sql = plan(selection);
        try {
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(source.fetchSize());
            int parameter = 1;
            for (LocalDateTime bound : Arrays.asList(selection.start(), selection.end())) {
                if (bound != null) {
                    if (sqlite) {
                        statement.setString(parameter++, bound.toString());
                    } else if (timeZoned) {
                        statement.setObject(parameter++, bound.atOffset(ZoneOffset.UTC));
                    } else {
                        statement.setObject(parameter++, bound);
                    }
                }
            }
            if (cancelled) {
                throw new CancellationException(source.describe() + ": cancelled before the query ran.");
            }
            rows = statement.executeQuery();
            ResultSetMetaData meta = rows.getMetaData();
            int count = meta.getColumnCount();
            List<String> labels = new ArrayList<>(count);
            types = new int[count];
            zoned = new boolean[count];
            parseDates = new boolean[count];
            for (int i = 0; i < count; i++) {
                labels.add(meta.getColumnLabel(i + 1));
                types[i] = sqlite ? SqliteTypes.columnType(meta.getColumnTypeName(i + 1), meta.getColumnType(i + 1))
                        : meta.getColumnType(i + 1);
                parseDates[i] = sqlite && SqliteTypes.isTime(meta.getColumnTypeName(i + 1));
                zoned[i] = types[i] == Types.TIMESTAMP_WITH_TIMEZONE || "timestamptz".equalsIgnoreCase(meta.getColumnTypeName(i + 1));
            }
            columns = List.copyOf(labels);
            for (String column : source.getParseDates()) {
                int index = indexOf(columns, column);
                if (index >= 0) {
                    parseDates[index] = true;
                }
            }
        } catch (SQLException e) {
            throw readFailure(e);
        }
    }

    /** The labels of the returned columns, in order. */
    List<String> columns() {
        return columns;
    }

    /** The next row's values in {@link #columns()} order, or null after the last row (the cursor is then closed). */
    Object[] next() {
        if (closed) {
            return null;
        }
        try {
            if (!rows.next()) {
                close();
                return null;
            }
            Object[] row = new Object[types.length];
            for (int i = 0; i < row.length; i++) {
                Object value = value(i + 1, types[i], zoned[i]);
                row[i] = parseDates[i] ? dateTime(value, columns.get(i)) : value;
            }
            return row;
        } catch (SQLException e) {
            close();
            throw failure("reading " + source.what() + " failed on", e);
        }
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (AutoCloseable resource : new AutoCloseable[] {rows, statement}) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception ignored) {
                    // the connection goes next and takes the rest with it
                }
            }
        }
        rollbackQuietly();
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing more to release
        }
    }

    // ---- values ----

    private Object value(int i, int type, boolean utc) throws SQLException {
        Object value = switch (type) {
            case Types.TIMESTAMP -> utc ? toUtc(rows.getObject(i, OffsetDateTime.class)) : rows.getObject(i, LocalDateTime.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> toUtc(rows.getObject(i, OffsetDateTime.class));
            case Types.DATE -> rows.getObject(i, LocalDate.class);
            case Types.TIME -> rows.getObject(i, LocalTime.class);
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> rows.getString(i);
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> rows.getBytes(i);
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER -> {
                int number = rows.getInt(i);
                yield rows.wasNull() ? null : number;
            }
            case Types.BIGINT -> {
                long number = rows.getLong(i);
                yield rows.wasNull() ? null : number;
            }
            case Types.DOUBLE -> {
                double number = rows.getDouble(i);
                yield rows.wasNull() ? null : number;
            }
            case Types.NUMERIC, Types.DECIMAL -> rows.getBigDecimal(i);
            case Types.ARRAY -> {
                Array array = rows.getArray(i);
                yield array == null ? null : plainList(array.getArray());
            }
            default -> {
                Object object = rows.getObject(i);
                yield object == null || object.getClass().getName().startsWith("java.") ? object : rows.getString(i);
            }
        };
        return rows.wasNull() ? null : value;
    }

    private static List<Object> plainList(Object array) {
        if (!(array instanceof Object[] objects)) {
            return null;
        }
        List<Object> list = new ArrayList<>(objects.length);
        for (Object item : objects) {
            list.add(item instanceof Object[] nested ? plainList(nested) : item);
        }
        return list;
    }

    private static LocalDateTime toUtc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    /** A parse_dates value as a date-time: text parsed (an offset converted to UTC), a date at midnight. */
    private Object dateTime(Object value, String column) {
        if (value instanceof String text) {
            return parseDateTime(text.strip(), column);
        }
        if (value instanceof LocalDate date) {
            return date.atStartOfDay();
        }
        if (value instanceof OffsetDateTime offset) {
            return toUtc(offset);
        }
        return value;
    }

    private Object parseDateTime(String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            TemporalAccessor parsed = TEXT_TIME.parse(text);
            LocalDate date = LocalDate.from(parsed);
            LocalTime time = parsed.isSupported(ChronoField.HOUR_OF_DAY) ? LocalTime.from(parsed) : LocalTime.MIDNIGHT;
            LocalDateTime local = LocalDateTime.of(date, time);
            if (parsed.isSupported(ChronoField.OFFSET_SECONDS)) {
                return toUtc(local.atOffset(ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))));
            }
            return local;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source.describe() + ": the parse_dates column '" + column + "' of "
                    + source.what() + " holds '" + text + "', which is not a date-time (yyyy-MM-dd HH:mm:ss).", e);
        }
    }

    // ---- names ----

    /** The database's spelling of {@code wanted}: the same name, else the one name equal but for case. */
    private String resolve(List<String> all, String wanted, String role) {
        int index = indexOf(all, wanted);
        if (index < 0) {
            throw new IllegalArgumentException(source.describe() + ": the " + role + " '" + wanted + "' is not a column of "
                    + source.what() + " in " + url.display() + "; its columns are " + all + ".");
        }
        return all.get(index);
    }

    static int indexOf(List<String> all, String wanted) {
        int exact = all.indexOf(wanted);
        if (exact >= 0 || wanted == null) {
            return exact;
        }
        int found = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).equalsIgnoreCase(wanted)) {
                if (found >= 0) {
                    return -1; // ambiguous: "Id" and "ID" both exist
                }
                found = i;
            }
        }
        return found;
    }

    private String quote(String identifier) {
        String mark;
        try {
            mark = connection.getMetaData().getIdentifierQuoteString();
        } catch (SQLException e) {
            mark = "\"";
        }
        if (mark == null || mark.isBlank()) {
            return identifier;
        }
        return mark + identifier.replace(mark, mark + mark) + mark;
    }

    // ---- errors ----

    /** The probe or the query failed: an unknown table is the spec's fault, the rest the database's. */
    private RuntimeException readFailure(SQLException e) {
        if (source.isTableSource() && !tableExists(source.getTableName())) {
            List<String> tables = knownTables();
            return new IllegalArgumentException(source.describe() + ": table '" + source.getTableName() + "' not found in "
                    + url.display() + (tables.isEmpty() ? "" : "; its tables are " + tables) + ". (The database said: "
                    + url.sanitize(e.getMessage()) + ")", url.safeCause(e));
        }
        return failure("reading " + source.what() + " failed on", e);
    }

    private SqlSourceException failure(String what, SQLException e) {
        String query = source.isTableSource() ? "" : " Query: " + source.getQuery();
        return new SqlSourceException(source.describe() + ": " + what + " " + url.display() + ": "
                + url.sanitize(e.getMessage()) + query, e.getSQLState(), url.safeCause(e));
    }

    private boolean tableExists(String table) {
        try {
            rollbackQuietly();
            DatabaseMetaData meta = connection.getMetaData();
            String schema = null;
            String name = table.strip();
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                schema = unquote(name.substring(0, dot));
                name = name.substring(dot + 1);
            }
            name = unquote(name);
            for (String candidate : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
                for (String inSchema : schema == null ? List.<String>of() : List.of(schema, schema.toLowerCase(Locale.ROOT),
                        schema.toUpperCase(Locale.ROOT))) {
                    if (hasTable(meta, inSchema, candidate)) {
                        return true;
                    }
                }
                if (schema == null && hasTable(meta, null, candidate)) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            return true; // cannot tell: report the database's own error
        }
    }

    private static boolean hasTable(DatabaseMetaData meta, String schema, String name) throws SQLException {
        try (ResultSet tables = meta.getTables(null, schema, name, null)) {
            return tables.next();
        }
    }

    /** Up to 20 tables and views of the connection's current schema, for the "not found" message. */
    private List<String> knownTables() {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                new String[] {"TABLE", "VIEW"})) {
            while (tables.next() && names.size() < 20) {
                names.add(tables.getString("TABLE_NAME"));
            }
        } catch (SQLException | RuntimeException | AbstractMethodError e) {
            return List.of();
        }
        return names;
    }

    private static String unquote(String name) {
        String n = name.strip();
        if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("`") && n.endsWith("`"))) {
            return n.substring(1, n.length() - 1);
        }
        return n;
    }

    private void rollbackQuietly() {
        try {
            if (!connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the connection is going away or never began a transaction
        }
    }
}
