package dev.driverkit.examples.parquet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * One of MLRun's {@code additional_filters}: a {@code [column, operator, value]} triple that a row must
 * pass (all filters of a read must pass, as in pyarrow's filter lists). Operators: {@code =} (or
 * {@code ==}), {@code !=}, {@code <}, {@code <=}, {@code >}, {@code >=}, {@code in} and {@code not in}
 * (whose value is a list). A null cell passes no filter, as in SQL.
 *
 * @param column the column the filter tests
 * @param operator the operator, normalised ({@code ==} becomes {@code =})
 * @param value the value (a list for {@code in} / {@code not in})
 */
record ParquetFilter(String column, String operator, Object value) {
    static final Set<String> OPERATORS = Set.of("=", "!=", "<", "<=", ">", ">=", "in", "not in");

    /**
     * Parses filter triples, as they come from a spec's attributes or a read request.
     *
     * @param raw a list of triples (each a list of three values), or null
     * @param where what the filters belong to, for messages: "parquet source 'pq' additional_filters"
     */
    static List<ParquetFilter> parse(Object raw, String where) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> triples)) {
            throw new IllegalArgumentException(where + " must be a list of [column, operator, value] triples, not " + raw);
        }
        List<ParquetFilter> filters = new ArrayList<>();
        for (Object triple : triples) {
            if (!(triple instanceof List<?> parts) || parts.size() != 3 || !(parts.get(0) instanceof String column)
                    || !(parts.get(1) instanceof String operator)) {
                throw new IllegalArgumentException(where + ": " + triple + " is not a [column, operator, value] triple"
                        + " (e.g. [\"quantity\", \">=\", 3]).");
            }
            String op = operator.trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
            if (op.equals("==")) {
                op = "=";
            }
            if (!OPERATORS.contains(op)) {
                throw new IllegalArgumentException(where + ": unknown operator '" + operator + "' in " + triple
                        + "; the operators are =, ==, !=, <, <=, >, >=, in, not in.");
            }
            Object value = parts.get(2);
            boolean listOperator = op.equals("in") || op.equals("not in");
            if (listOperator != value instanceof Collection<?>) {
                throw new IllegalArgumentException(where + ": " + triple + (listOperator
                        ? ": '" + op + "' needs a list of values."
                        : ": '" + op + "' compares with one value, not a list."));
            }
            if (value == null) {
                throw new IllegalArgumentException(where + ": " + triple + " compares with null, which no row passes.");
            }
            filters.add(new ParquetFilter(column, op, listOperator ? List.copyOf((Collection<?>) value) : value));
        }
        return List.copyOf(filters);
    }

    /** The values of an {@code in} / {@code not in} filter. */
    List<?> values() {
        return value instanceof List<?> list ? list : List.of(value);
    }

    @Override
    public String toString() {
        return "[" + column + ", " + operator + ", " + value + "]";
    }
}
