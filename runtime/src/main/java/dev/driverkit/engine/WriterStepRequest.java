package dev.driverkit.engine;

import java.util.List;

/**
 * What the STOREY engine passes to a target's {@code addWriterStep} (MLRun's
 * {@code add_writer_step(graph, after, features, key_columns, timestamp_key, ...)}): the target returns
 * the subscriber that writes the stream's events.
 *
 * @param after the name of the step the writer follows, or null
 * @param features the feature columns to write; empty means all
 * @param keyColumns the entity key columns
 * @param timestampKey the event time column, or null
 */
public record WriterStepRequest(String after, List<String> features, List<String> keyColumns, String timestampKey) {
    public WriterStepRequest {
        features = features == null ? List.of() : List.copyOf(features);
        keyColumns = keyColumns == null ? List.of() : List.copyOf(keyColumns);
    }
}
