package dev.driverkit.examples.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The column names and value types of a CSV file, inferred from the whole file (as pandas and Spark's
 * {@code inferSchema} do) and shared by the PANDAS and STOREY engines so that both return the same
 * values. JDK only.
 */
final class CsvSchema {
    /** The value type of a column. */
    enum Type { LONG, DOUBLE, BOOLEAN, DATETIME, STRING }

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final Path file;
    private final String source;
    private final List<String> columns;
    private final List<Type> types;
    private final boolean headerRecord;

    private CsvSchema(Path file, String source, boolean headerRecord, List<String> columns, List<Type> types) {
        this.file = file;
        this.source = source;
        this.headerRecord = headerRecord;
        this.columns = List.copyOf(columns);
        this.types = List.copyOf(types);
    }

    /**
     * Reads {@code file} once: the header (or {@code _c0, _c1, ...}), then each column's narrowest type.
     * The time field and the source's {@code parse_dates} columns are date-times.
     */
    static CsvSchema infer(Path file, CsvSource source, String timeField) {
        Set<String> dateColumns = new HashSet<>(source.getParseDates());
        if (timeField != null) {
            dateColumns.add(timeField);
        }
        try (CsvRecords records = new CsvRecords(file, source.getDelimiter())) {
            List<String> first = records.next();
            if (first == null) {
                throw new IllegalArgumentException(source.describe() + ": " + file + " is empty.");
            }
            List<String> columns = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            if (source.hasHeader()) {
                for (int i = 0; i < first.size(); i++) {
                    columns.add(first.get(i) == null ? "_c" + i : first.get(i));
                }
            } else {
                for (int i = 0; i < first.size(); i++) {
                    columns.add("_c" + i);
                }
                rows.add(first);
            }
            requireUnique(columns, source, file);
            for (String column : dateColumns) {
                if (!columns.contains(column)) {
                    throw noColumn(source.describe(), file, column, columns,
                            column.equals(timeField) ? "time field" : "parse_dates column");
                }
            }
            Candidates[] candidates = new Candidates[columns.size()];
            Arrays.setAll(candidates, i -> new Candidates());
            for (List<String> row = rows.isEmpty() ? records.next() : rows.remove(0); row != null; row = records.next()) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(source.describe() + ": " + file + " record " + records.records()
                            + " (line " + (records.line() - 1) + ") has " + row.size() + " fields, the header has "
                            + columns.size() + ".");
                }
                for (int i = 0; i < row.size(); i++) {
                    candidates[i].see(row.get(i));
                }
            }
            List<Type> types = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                types.add(dateColumns.contains(columns.get(i)) ? Type.DATETIME : candidates[i].type());
            }
            return new CsvSchema(file, source.describe(), source.hasHeader(), columns, types);
        } catch (IOException e) {
            throw new UncheckedIOException(source.describe() + ": cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether the file's first record is its header rather than data. */
    boolean headerRecord() {
        return headerRecord;
    }

    List<String> columns() {
        return columns;
    }

    Type type(int column) {
        return types.get(column);
    }

    Type type(String column) {
        return types.get(columns.indexOf(column));
    }

    /** Fails unless {@code column} (when not null) is a column of the file. */
    void requireColumn(String column, String role) {
        if (column != null && !columns.contains(column)) {
            throw noColumn(source, file, column, columns, role);
        }
    }

    /** Parses a field of {@code column}; null stays null. */
    Object parse(int column, String text) {
        if (text == null) {
            return null;
        }
        return switch (types.get(column)) {
            case LONG -> Long.valueOf(text);
            case DOUBLE -> Double.valueOf(text);
            case BOOLEAN -> Boolean.valueOf(text);
            case STRING -> text;
            case DATETIME -> {
                try {
                    yield parseDateTime(text);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(source + ": column '" + columns.get(column) + "' of " + file
                            + " holds \"" + text + "\", which is not a date-time such as 2024-01-31 13:45:00.", e);
                }
            }
        };
    }

    /**
     * A date-time in ISO-8601 form with a space or a {@code T} between date and time; a date alone is
     * its start of day; a value with an offset is converted to UTC.
     */
    static LocalDateTime parseDateTime(String text) {
        String iso = text.trim().replace(' ', 'T');
        if (iso.length() == 10) {
            return LocalDate.parse(iso).atStartOfDay();
        }
        try {
            return LocalDateTime.parse(iso);
        } catch (DateTimeParseException noOffset) {
            return OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        }
    }

    static IllegalArgumentException noColumn(String source, Path file, String column, List<String> columns,
            String role) {
        return new IllegalArgumentException(source + ": the " + role + " '" + column + "' is not a column of " + file
                + "; its columns are " + columns + ".");
    }

    private static void requireUnique(List<String> columns, CsvSource source, Path file) {
        Set<String> seen = new LinkedHashSet<>();
        for (String column : columns) {
            if (!seen.add(column)) {
                throw new IllegalArgumentException(source.describe() + ": " + file + " names column '" + column
                        + "' twice in its header.");
            }
        }
    }

    /** Which types every value of a column so far fits. */
    private static final class Candidates {
        private boolean isLong = true;
        private boolean isDouble = true;
        private boolean isBoolean = true;
        private boolean any;

        void see(String value) {
            if (value == null) {
                return;
            }
            any = true;
            isLong &= INTEGER.matcher(value).matches();
            isDouble &= DECIMAL.matcher(value).matches();
            isBoolean &= value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
        }

        Type type() {
            if (!any) {
                return Type.STRING;
            }
            return isLong ? Type.LONG : isDouble ? Type.DOUBLE : isBoolean ? Type.BOOLEAN : Type.STRING;
        }
    }
}
