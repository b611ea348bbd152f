package dev.driverkit.engine;

import java.util.concurrent.Flow;

/** A source on the STOREY engine: its rows as a stream of events. */
public interface StoreySource extends DriverAdapter {
    Flow.Publisher<Event> toStep(StepRequest request);
}
