package dev.driverkit.examples.support;

import dev.driverkit.engine.Event;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.tck.TestEnvironment;

/**
 * Settings shared by the examples' Reactive Streams TCK runs (the publishers of the csv and sqldb sources,
 * the writers of the parquet and memory targets).
 *
 * <p>No publisher here offers a "failed publisher" to the TCK: each opens its file or connection at the
 * subscriber's first request, so a failure to read shows as onError after that request, and the TCK's
 * failed-publisher rules (1.4 optional, 1.9 rejection) expect onError without one. Those two are skipped.
 */
public final class Tck {
    /** How long the TCK waits for an expected signal: file and JDBC reads, DuckDB writes. */
    static final long TIMEOUT_MILLIS = 2_000;
    /** How long the TCK waits to be sure that no signal comes. */
    static final long NO_SIGNAL_MILLIS = 100;

    private Tck() {}

    /** The TCK's test environment with the timeouts above. */
    public static TestEnvironment environment() {
        return new TestEnvironment(TIMEOUT_MILLIS, NO_SIGNAL_MILLIS);
    }

    /** The TCK's element {@code i} for a writer: an event keyed by {@code id} with a text and a number. */
    public static Event event(int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", (long) i);
        body.put("name", "event " + i);
        body.put("amount", i * 1.5);
        return new Event(body, (long) i, null);
    }
}
