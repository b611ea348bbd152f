package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.registry.Direction;

/** An offline target (files, warehouses) tells whether its path names one file rather than a folder. */
@Role(direction = Direction.TARGET, when = DriverFlag.OFFLINE)
public interface OfflineTarget extends DriverAdapter {
    boolean isSingleFile();
}
