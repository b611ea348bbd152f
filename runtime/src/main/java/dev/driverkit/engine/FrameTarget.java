package dev.driverkit.engine;

import org.dflib.DataFrame;

/** A target on the local frame engine: written from a frame and read back as one. */
public interface FrameTarget extends OfflineQuery {
    void writeDataframe(DataFrame df, WriteRequest request);
}
