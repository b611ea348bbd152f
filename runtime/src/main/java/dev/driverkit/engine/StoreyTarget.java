package dev.driverkit.engine;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.concurrent.Flow;

/**
 * A target on the STOREY engine: it returns the subscriber that writes the stream's events. A writer
 * that can tell when its data is durable returns a {@link StoreyWriter}; for a plain subscriber the
 * engine takes the return of {@code onComplete} as the end of the write.
 */
@Role(direction = Direction.TARGET, engine = Engine.STOREY)
public interface StoreyTarget extends DriverAdapter {
    Flow.Subscriber<Event> addWriterStep(WriterStepRequest request);
}
