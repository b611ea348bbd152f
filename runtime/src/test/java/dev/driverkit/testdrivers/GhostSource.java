package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A source that a test hides from its class loader: its codec is there, the driver class is not. */
public class GhostSource extends BaseSourceDriver {
    public GhostSource() {}
}
