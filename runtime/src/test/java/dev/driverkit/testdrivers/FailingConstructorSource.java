package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A driver whose constructor fails. */
public class FailingConstructorSource extends BaseSourceDriver {
    public FailingConstructorSource() {
        throw new IllegalStateException("config file not found");
    }
}
