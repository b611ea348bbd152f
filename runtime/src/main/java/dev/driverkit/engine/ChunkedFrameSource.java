package dev.driverkit.engine;

import java.util.stream.Stream;
import org.dflib.DataFrame;

/**
 * A source on the local frame engine declared with {@code iterator = true}: its data as a stream of
 * frames (chunks). Close the stream to release the source's resources.
 */
public interface ChunkedFrameSource extends DriverAdapter {
    Stream<DataFrame> toDataframe(ReadRequest request);
}
