package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** Holds a nested driver, whose codec is named {@code Outer_Inner_SpecCodec}. */
public final class Outer {
    private Outer() {}

    public static class Inner extends BaseSourceDriver {
        public Inner() {}
    }
}
