package dev.driverkit.engine;

import org.dflib.DataFrame;

/** A source on the local frame engine (PANDAS) that returns its data as one DFLib frame. */
public interface FrameSource extends DriverAdapter {
    DataFrame toDataframe(ReadRequest request);
}
