package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A driver whose codec class fails to initialize (e.g. compiled against another runtime). */
public class BrokenCodecSource extends BaseSourceDriver {
    public BrokenCodecSource() {}
}
