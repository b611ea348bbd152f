package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.registry.Direction;

/** A source declared with {@code iterator = true} says whether it reads in chunks (MLRun's {@code is_iterator}). */
@Role(direction = Direction.SOURCE, when = DriverFlag.ITERATOR)
public interface IteratorSource extends DriverAdapter {
    boolean isIterator();
}
