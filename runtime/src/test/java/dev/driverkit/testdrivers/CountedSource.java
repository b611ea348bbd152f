package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A source whose codec counts how often it is made: a registry makes each codec once. */
public class CountedSource extends BaseSourceDriver {
    String label;

    public CountedSource() {}

    public String label() {
        return label;
    }
}
