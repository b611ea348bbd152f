package dev.driverkit.examples.sqlite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One connection to the sqlite online store's file and its one table: the latest values per entity key,
 * the key columns as the primary key. Writes are upserts (a row's columns replace the stored ones, the others
 * stay); a column is added when a value for it first arrives, declared with the value's type
 * ({@link SqliteColumnType}). WAL journal with full sync: a committed write is on disk, and lookups read
 * while a writer writes. Not thread-safe: each user opens its own.
 */
final class SqliteStore implements AutoCloseable {
    private final String what;
    private final String table;
    private final Connection connection;
    private final Map<String, SqliteColumnType> columns = new LinkedHashMap<>();
    private final List<String> primaryKey = new ArrayList<>();
    private final Map<List<String>, PreparedStatement> upserts = new HashMap<>();

    private SqliteStore(String what, String table, Connection connection) throws SQLException {
        this.what = what;
        this.table = table;
        this.connection = connection;
        loadSchema();
    }

    static SqliteStore open(String what, Path file, String table) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA busy_timeout = 10000");
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = FULL");
            }
            return new SqliteStore(what, table, connection);
        } catch (IOException e) {
            throw new UncheckedIOException(what + ": cannot create the folder of " + file, e);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot open the SQLite file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The table's key columns, in order; empty while the table does not exist. */
    List<String> primaryKey() {
        return List.copyOf(primaryKey);
    }

    /** The table's columns, in order; empty while the table does not exist. */
    List<String> columns() {
        return List.copyOf(columns.keySet());
    }

    /**
     * Upserts the rows in one transaction; with {@code replace}, the table is dropped first (within it).
     *
     * @throws IllegalArgumentException for a row without a key value, a value of a type the store cannot hold, or
     *     a value that does not fit its column's type; nothing of the batch is written then
     */
    void upsert(List<Map<String, Object>> rows, List<String> keyColumns, boolean replace) throws SQLException {
        connection.setAutoCommit(false);
        try {
            if (replace) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("DROP TABLE IF EXISTS " + quote(table));
                }
                closeStatements();
                columns.clear();
                primaryKey.clear();
            }
            for (Map<String, Object> row : rows) {
                upsertRow(row, keyColumns);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            closeStatements();
            loadSchema(); // the rolled-back DDL is gone again
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void upsertRow(Map<String, Object> row, List<String> keyColumns) throws SQLException {
        for (String key : keyColumns) {
            if (row.get(key) == null) {
                throw new IllegalArgumentException("a row has no value for the key column '" + key + "': " + row);
            }
        }
        ensureTable(keyColumns, row);
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Object> entry : row.entrySet()) {
            if (entry.getValue() != null || columns.containsKey(entry.getKey())) {
                names.add(entry.getKey());
            }
        }
        for (String name : names) {
            Object value = row.get(name);
            if (value != null && !columns.containsKey(name)) {
                addColumn(name, typeOf(name, value));
            }
        }
        PreparedStatement statement = upserts.computeIfAbsent(names, this::prepareUpsert);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Object value = row.get(name);
            SqliteColumnType type = columns.get(name);
            if (value == null) {
                statement.setNull(i + 1, java.sql.Types.NULL);
            } else if (type == null || !type.holds(value)) {
                throw new IllegalArgumentException("column '" + name + "' holds " + (type == null ? "values of another type"
                        : type.description + " values") + ", but a row (key " + keyValues(row) + ") has the "
                        + value.getClass().getSimpleName() + " " + value);
            } else {
                type.bind(statement, i + 1, value);
            }
        }
        statement.executeUpdate();
    }

    private void ensureTable(List<String> keyColumns, Map<String, Object> row) throws SQLException {
        if (!primaryKey.isEmpty()) {
            if (!primaryKey.equals(keyColumns)) {
                throw new IllegalArgumentException("the table '" + table + "' is keyed by " + primaryKey + ", not "
                        + keyColumns + ".");
            }
            return;
        }
        String definition = keyColumns.stream().map(key -> quote(key) + " " + typeOf(key, row.get(key)).declared)
                .collect(Collectors.joining(", "));
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + quote(table) + " (" + definition + ", PRIMARY KEY ("
                    + keyColumns.stream().map(SqliteStore::quote).collect(Collectors.joining(", ")) + "))");
        }
        loadSchema();
        closeStatements();
    }

    private SqliteColumnType typeOf(String column, Object value) {
        SqliteColumnType type = SqliteColumnType.of(value);
        if (type == null) {
            throw new IllegalArgumentException("column '" + column + "' has a " + value.getClass().getName() + " value,"
                    + " which the sqlite target cannot hold (it holds booleans, numbers, text, date-times, dates,"
                    + " durations and bytes)");
        }
        return type;
    }

    private void addColumn(String name, SqliteColumnType type) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE " + quote(table) + " ADD COLUMN " + quote(name) + " " + type.declared);
        }
        columns.put(name, type);
        closeStatements(); // statements prepared before see the old columns
    }

    private PreparedStatement prepareUpsert(List<String> names) {
        String list = names.stream().map(SqliteStore::quote).collect(Collectors.joining(", "));
        List<String> updated = names.stream().filter(name -> !primaryKey.contains(name)).toList();
        String sql = "INSERT INTO " + quote(table) + " (" + list + ") VALUES ("
                + names.stream().map(name -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                + primaryKey.stream().map(SqliteStore::quote).collect(Collectors.joining(", ")) + ") DO "
                + (updated.isEmpty() ? "NOTHING" : "UPDATE SET " + updated.stream()
                        .map(name -> quote(name) + " = excluded." + quote(name)).collect(Collectors.joining(", ")));
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot prepare " + sql + ": " + e.getMessage(), e);
        }
    }

    /** The stored row of one entity (its non-null columns), or empty. */
    Optional<Map<String, Object>> lookup(Map<String, Object> entityKey) throws SQLException {
        if (primaryKey.isEmpty()) {
            loadSchema(); // a writer may have created the table since
            if (primaryKey.isEmpty()) {
                return Optional.empty();
            }
        }
        for (String key : primaryKey) {
            if (!entityKey.containsKey(key)) {
                throw new IllegalArgumentException(what + ": the lookup key " + entityKey.keySet() + " lacks the key column '"
                        + key + "'; the table's key columns are " + primaryKey + ".");
            }
        }
        String sql = "SELECT * FROM " + quote(table) + " WHERE "
                + primaryKey.stream().map(key -> quote(key) + " = ?").collect(Collectors.joining(" AND "));
        PreparedStatement statement = upserts.computeIfAbsent(List.of("\u0000lookup"), ignored -> prepare(sql));
        for (int i = 0; i < primaryKey.size(); i++) {
            Object value = entityKey.get(primaryKey.get(i));
            SqliteColumnType type = columns.get(primaryKey.get(i));
            if (value == null || type == null || !type.holds(value)) {
                statement.setObject(i + 1, value); // no row can match a key of another type
            } else {
                type.bind(statement, i + 1, value);
            }
        }
        try (ResultSet result = statement.executeQuery()) {
            if (!result.next()) {
                return Optional.empty();
            }
            Map<String, Object> values = read(result);
            values.values().removeIf(java.util.Objects::isNull);
            return Optional.of(values);
        }
    }

    /**
     * The rows with the given columns (all when empty), where {@code start < time <= end} on {@code timeColumn}
     * when a bound is given; ordered by key.
     */
    List<Map<String, Object>> rows(List<String> wanted, String timeColumn, LocalDateTime start, LocalDateTime end)
            throws SQLException {
        loadSchema();
        if (columns.isEmpty()) {
            return List.of();
        }
        for (String column : wanted) {
            if (!columns.containsKey(column)) {
                throw new IllegalArgumentException(what + ": no column '" + column + "'; the columns are " + columns.keySet());
            }
        }
        List<String> where = new ArrayList<>();
        List<String> bounds = new ArrayList<>();
        if (start != null || end != null) {
            if (timeColumn == null || columns.get(timeColumn) != SqliteColumnType.TIMESTAMP) {
                throw new IllegalArgumentException(what + ": a time range needs a date-time column as its time field; "
                        + (timeColumn == null ? "none was given" : "'" + timeColumn + "' is not one") + ".");
            }
            if (start != null) {
                where.add(quote(timeColumn) + " > ?");
                bounds.add(SqliteColumnType.timeText(start));
            }
            if (end != null) {
                where.add(quote(timeColumn) + " <= ?");
                bounds.add(SqliteColumnType.timeText(end));
            }
        }
        String sql = "SELECT " + (wanted.isEmpty() ? "*" : wanted.stream().map(SqliteStore::quote).collect(Collectors.joining(", ")))
                + " FROM " + quote(table) + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY " + primaryKey.stream().map(SqliteStore::quote).collect(Collectors.joining(", "));
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < bounds.size(); i++) {
                statement.setString(i + 1, bounds.get(i));
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(read(result));
                }
            }
        }
        return rows;
    }

    private Map<String, Object> read(ResultSet result) throws SQLException {
        ResultSetMetaData meta = result.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = meta.getColumnName(i);
            if (!columns.containsKey(name)) {
                loadSchema(); // a column another connection added since
            }
            SqliteColumnType type = columns.get(name);
            values.put(name, type == null ? result.getObject(i) : type.read(result, i));
        }
        return values;
    }

    private PreparedStatement prepare(String sql) {
        try {
            return connection.prepareStatement(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot prepare " + sql + ": " + e.getMessage(), e);
        }
    }

    private void loadSchema() throws SQLException {
        columns.clear();
        primaryKey.clear();
        Map<Integer, String> keys = new TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, type, pk FROM pragma_table_info(?)")) {
            statement.setString(1, table);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String name = result.getString(1);
                    columns.put(name, SqliteColumnType.ofDeclared(result.getString(2)));
                    if (result.getInt(3) > 0) {
                        keys.put(result.getInt(3), name);
                    }
                }
            }
        }
        primaryKey.addAll(keys.values());
    }

    private String keyValues(Map<String, Object> row) {
        return primaryKey.stream().map(key -> String.valueOf(row.get(key))).collect(Collectors.joining(", "));
    }

    private void closeStatements() {
        for (PreparedStatement statement : upserts.values()) {
            try {
                statement.close();
            } catch (SQLException ignored) {
                // a statement of a connection that goes on; nothing to recover
            }
        }
        upserts.clear();
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        closeStatements();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot close the SQLite connection: " + e.getMessage(), e);
        }
    }
}
