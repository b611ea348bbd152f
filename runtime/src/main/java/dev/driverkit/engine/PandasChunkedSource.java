package dev.driverkit.engine;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import java.util.stream.Stream;
import org.dflib.DataFrame;

/**
 * A source on the local frame engine declared with {@code iterator = true}: its data as a stream of
 * frames (chunks). Close the stream to release the source's resources.
 */
@Role(direction = Direction.SOURCE, engine = Engine.PANDAS, when = DriverFlag.ITERATOR)
public interface PandasChunkedSource extends DriverAdapter {
    Stream<DataFrame> toDataframe(ReadRequest request);
}
