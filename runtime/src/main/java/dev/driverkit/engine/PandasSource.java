package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import org.dflib.DataFrame;

/** A source on the local frame engine (PANDAS) that returns its data as one DFLib frame. */
@Role(direction = Direction.SOURCE, engine = Engine.PANDAS, unless = DriverFlag.ITERATOR)
public interface PandasSource extends DriverAdapter {
    DataFrame toDataframe(ReadRequest request);
}
