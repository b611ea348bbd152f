package dev.driverkit.ingest;

import dev.driverkit.Engine;
import java.time.Duration;
import java.util.List;

/** What an ingest wrote: per target, in the order they were given. */
public record IngestResult(Engine engine, String sourceKind, List<TargetResult> targets, Duration elapsed) {
    public IngestResult {
        targets = List.copyOf(targets);
    }
}
