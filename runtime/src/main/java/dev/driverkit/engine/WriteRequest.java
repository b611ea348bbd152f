package dev.driverkit.engine;

import java.util.List;

/**
 * What a write asks of a target, on Spark or from a local frame (MLRun's {@code key_columns},
 * {@code timestamp_key}, {@code overwrite}).
 *
 * @param keyColumns the entity key columns
 * @param timestampKey the event time column, or null
 * @param overwrite replace existing data (true) or add to it (false; only targets declared with
 *     {@code append = true} promise to honour that)
 */
public record WriteRequest(List<String> keyColumns, String timestampKey, boolean overwrite) {
    public WriteRequest {
        keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
    }
}
