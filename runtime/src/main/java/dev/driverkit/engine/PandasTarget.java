package dev.driverkit.engine;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import org.dflib.DataFrame;

/** A target on the local frame engine: written from a frame and read back as one (MLRun's {@code support_pandas}). */
@Role(direction = Direction.TARGET, engine = Engine.PANDAS)
public interface PandasTarget extends OfflineQueryTarget {
    void writeDataframe(DataFrame df, WriteRequest request);
}
