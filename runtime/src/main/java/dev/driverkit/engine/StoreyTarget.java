package dev.driverkit.engine;

import java.util.concurrent.Flow;

/** A target on the STOREY engine: it returns the subscriber that writes the stream's events. */
public interface StoreyTarget extends DriverAdapter {
    Flow.Subscriber<Event> addWriterStep(WriterStepRequest request);
}
