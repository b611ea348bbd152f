package dev.driverkit.testdrivers;

import dev.driverkit.BaseSourceDriver;

/** A driver whose static initializer fails, as one does when a service it needs at load time is absent. */
public class FailingInitSource extends BaseSourceDriver {
    private static final Object CLIENT = connect();

    public FailingInitSource() {}

    private static Object connect() {
        throw new IllegalStateException("no licence server");
    }

    Object client() {
        return CLIENT;
    }
}
