package dev.driverkit.engine;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.concurrent.Flow;

/**
 * A source on the STOREY engine: its rows as a stream of events. The publisher honours demand (it
 * reads only what was requested), and cancelling the subscription stops it and releases what it holds
 * (files, cursors, consumers).
 */
@Role(direction = Direction.SOURCE, engine = Engine.STOREY)
public interface StoreySource extends DriverAdapter {
    Flow.Publisher<Event> toStep(StepRequest request);
}
