package dev.driverkit.engine;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a STOREY stream: a row's values with its entity key and event time (either may be
 * null when the source has no key or time field).
 */
public record Event(Map<String, Object> body, Object key, Instant time) {
    public Event {
        Objects.requireNonNull(body, "body");
    }

    /** An event with no key and no time. */
    public static Event of(Map<String, Object> body) {
        return new Event(body, null, null);
    }
}
