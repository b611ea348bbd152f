package dev.driverkit.engine;

import org.dflib.DataFrame;

/** A target whose written data can be read back as a frame, for a time range and a column list. */
public interface OfflineQuery extends DriverAdapter {
    DataFrame asDf(ReadRequest request);
}
