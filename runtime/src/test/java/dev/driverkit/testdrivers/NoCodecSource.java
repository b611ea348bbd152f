package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A source class with no codec: what a class compiled without driverkit-processor looks like. */
public class NoCodecSource extends BaseSourceDriver {
    public NoCodecSource() {}
}
