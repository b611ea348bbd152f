package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.registry.Direction;

/** A queryable online target: the latest feature values by entity key (MLRun's {@code get_table_object}). */
@Role(direction = Direction.TARGET, when = {DriverFlag.QUERYABLE, DriverFlag.ONLINE})
public interface OnlineQueryTarget extends DriverAdapter {
    FeatureTable getTableObject();
}
