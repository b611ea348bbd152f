package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import org.dflib.DataFrame;

/** A target whose written data can be read back as a frame, for a time range and a column list. */
@Role(direction = Direction.TARGET, when = {DriverFlag.QUERYABLE, DriverFlag.OFFLINE}, uses = Engine.PANDAS)
public interface OfflineQueryTarget extends DriverAdapter {
    DataFrame asDf(ReadRequest request);
}
