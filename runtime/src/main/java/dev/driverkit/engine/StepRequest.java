package dev.driverkit.engine;

import java.util.Map;

/**
 * What the STOREY engine passes to {@code toStep}: MLRun's {@code to_step(key_field, time_field, context)}.
 *
 * @param keyField the entity key column, or null to use the spec's {@code key_field}
 * @param timeField the event time column, or null to use the spec's {@code time_field}
 * @param context free-form values of the running graph
 */
public record StepRequest(String keyField, String timeField, Map<String, Object> context) {
    public StepRequest {
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /** A request that takes key and time fields from the spec. */
    public static StepRequest fromSpec() {
        return new StepRequest(null, null, Map.of());
    }
}
