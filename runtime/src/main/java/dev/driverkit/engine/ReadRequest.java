package dev.driverkit.engine;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What a frame or Spark read asks of a source (MLRun's {@code to_dataframe} / {@code to_spark_df}
 * arguments). Null or empty means "no restriction"; the time range is {@code start < time <= end}.
 *
 * @param columns the columns to return, all when empty
 * @param entities entity key columns to index by
 * @param startTime exclusive lower bound on {@code timeField}
 * @param endTime inclusive upper bound on {@code timeField}
 * @param timeField the column the range applies to; null means the spec's {@code time_field}
 * @param additionalFilters MLRun-style filters: {@code [column, operator, value]} triples
 */
public record ReadRequest(
        List<String> columns,
        List<String> entities,
        LocalDateTime startTime,
        LocalDateTime endTime,
        String timeField,
        List<List<Object>> additionalFilters) {

    public ReadRequest {
        columns = columns == null ? List.of() : List.copyOf(columns);
        entities = entities == null ? List.of() : List.copyOf(entities);
        additionalFilters = additionalFilters == null ? List.of() : List.copyOf(additionalFilters);
    }

    /** Everything: all columns, no time range, no filters. */
    public static ReadRequest all() {
        return new ReadRequest(null, null, null, null, null, null);
    }

    public ReadRequest withColumns(List<String> newColumns) {
        return new ReadRequest(newColumns, entities, startTime, endTime, timeField, additionalFilters);
    }

    public ReadRequest withTimeRange(LocalDateTime start, LocalDateTime end) {
        return new ReadRequest(columns, entities, start, end, timeField, additionalFilters);
    }
}
