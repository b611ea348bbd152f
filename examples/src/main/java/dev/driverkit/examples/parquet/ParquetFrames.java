package dev.driverkit.examples.parquet;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * Parquet files read into a DFLib frame through DuckDB, without Spark or Hadoop: what the parquet
 * source does on PANDAS and what the parquet target's {@code asDf} does.
 *
 * <p>A folder is read as Spark reads it: every {@code *.parquet} file below it except hidden ones
 * ({@code .x}, {@code _x}), columns matched by name across files, Hive partition folders
 * ({@code year=2024/}) as columns. Types: integers as {@code Long}, floating point as {@code Double},
 * decimals as {@code BigDecimal}, timestamps as UTC {@code LocalDateTime} (with or without a time zone in
 * the file, as the csv source's PANDAS frame has them), dates as {@code LocalDate}, text as {@code String}.
 */
final class ParquetFrames {
    private ParquetFrames() {}

    /**
     * What to read.
     *
     * @param columns the columns to return, all when empty
     * @param timeField the column the time range applies to
     * @param start exclusive lower bound, or null
     * @param end inclusive upper bound, or null
     * @param filters MLRun's additional filters, all of which a row passes
     * @param hidden columns left out when {@code columns} is empty (a target's time partition columns)
     */
    record Query(List<String> columns, String timeField, LocalDateTime start, LocalDateTime end,
            List<ParquetFilter> filters, List<String> hidden) {}

    static DataFrame read(String what, Path path, Query query) {
        List<Path> files = ParquetFiles.dataFiles(what, path);
        String from = "read_parquet([" + files.stream().map(file -> DuckDb.literal(file.toAbsolutePath().toString()))
                .collect(Collectors.joining(", ")) + "], hive_partitioning = " + Files.isDirectory(path)
                + ", union_by_name = true)";
        try (Connection connection = DuckDb.connect(what)) {
            List<String> available = columns(connection, from, what, path);
            List<String> selected = new ArrayList<>();
            if (query.columns().isEmpty()) {
                available.stream().filter(column -> !query.hidden().contains(column)).forEach(selected::add);
            } else {
                for (String column : query.columns()) {
                    requireColumn(what, path, available, column, "requested column");
                    selected.add(column);
                }
            }
            List<String> conditions = new ArrayList<>();
            List<Object> parameters = new ArrayList<>();
            if (query.start() != null || query.end() != null) {
                requireColumn(what, path, available, query.timeField(), "time field");
                String time = "CAST(" + DuckDb.identifier(query.timeField()) + " AS TIMESTAMP)";
                if (query.start() != null) {
                    conditions.add(time + " > CAST(? AS TIMESTAMP)");
                    parameters.add(query.start().toString());
                }
                if (query.end() != null) {
                    conditions.add(time + " <= CAST(? AS TIMESTAMP)");
                    parameters.add(query.end().toString());
                }
            }
            for (ParquetFilter filter : query.filters()) {
                requireColumn(what, path, available, filter.column(), "additional_filters column");
                conditions.add(condition(filter, parameters));
            }
            String sql = "SELECT " + selected.stream().map(DuckDb::identifier).collect(Collectors.joining(", "))
                    + " FROM " + from + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setObject(i + 1, parameters.get(i));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return frame(rows, selected);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(what + ": cannot read " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** The columns of the files, in order (Hive partition columns last). */
    private static List<String> columns(Connection connection, String from, String what, Path path) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM " + from)) {
            while (described.next()) {
                names.add(described.getString("column_name"));
            }
        }
        return names;
    }

    static void requireColumn(String what, Object path, List<String> columns, String column, String role) {
        if (!columns.contains(column)) {
            throw new IllegalArgumentException(what + ": the " + role + " '" + column + "' is not a column of " + path
                    + "; its columns are " + columns + ".");
        }
    }

    private static String condition(ParquetFilter filter, List<Object> parameters) {
        String column = DuckDb.identifier(filter.column());
        return switch (filter.operator()) {
            case "in", "not in" -> {
                parameters.addAll(filter.values());
                yield column + (filter.operator().equals("in") ? " IN (" : " NOT IN (")
                        + String.join(", ", java.util.Collections.nCopies(filter.values().size(), "?")) + ")";
            }
            default -> {
                parameters.add(filter.value());
                yield column + " " + filter.operator() + " ?";
            }
        };
    }

    private static DataFrame frame(ResultSet rows, List<String> names) throws SQLException {
        int width = names.size();
        String[] types = new String[width];
        for (int i = 0; i < width; i++) {
            types[i] = rows.getMetaData().getColumnTypeName(i + 1).toUpperCase(java.util.Locale.ROOT);
        }
        List<List<Object>> columns = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            columns.add(new ArrayList<>());
        }
        while (rows.next()) {
            for (int i = 0; i < width; i++) {
                columns.get(i).add(value(rows, i + 1, types[i]));
            }
        }
        Series<?>[] series = new Series<?>[width];
        for (int i = 0; i < width; i++) {
            series[i] = Series.ofIterable(columns.get(i));
        }
        return DataFrame.byColumn(names.toArray(String[]::new)).of(series);
    }

    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        for (String integer : List.of("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER")) {
            KINDS.put(integer, "long");
        }
        KINDS.put("FLOAT", "double");
        KINDS.put("DOUBLE", "double");
        KINDS.put("TIMESTAMP WITH TIME ZONE", "instant");
        KINDS.put("DATE", "date");
    }

    private static Object value(ResultSet rows, int column, String type) throws SQLException {
        String kind = KINDS.get(type);
        if (kind == null && type.startsWith("TIMESTAMP")) {
            kind = "timestamp"; // TIMESTAMP, TIMESTAMP_NS, TIMESTAMP_MS, TIMESTAMP_S: naive, read as UTC
        } else if (kind == null && type.startsWith("DECIMAL")) {
            kind = "decimal";
        }
        if (kind == null) {
            return rows.getObject(column);
        }
        Object value = switch (kind) {
            case "long" -> rows.getLong(column);
            case "double" -> rows.getDouble(column);
            case "instant" -> {
                OffsetDateTime time = rows.getObject(column, OffsetDateTime.class);
                yield time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            }
            case "timestamp" -> rows.getObject(column, LocalDateTime.class);
            case "date" -> rows.getObject(column, LocalDate.class);
            case "decimal" -> rows.getObject(column, BigDecimal.class);
            default -> throw new IllegalStateException(kind);
        };
        return rows.wasNull() ? null : value;
    }
}
