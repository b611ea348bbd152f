package dev.driverkit.registry;

import dev.driverkit.DriverFlag;

/**
 * How a queryable target serves a feature-vector query; a target declares it with
 * {@code @TargetDriver(queryable = true)} and the processor checks the methods each mode needs.
 */
public enum QueryMode {
    /** The latest feature values by entity key, from an online target's {@code getTableObject()}. */
    ONLINE(DriverFlag.ONLINE),
    /** A time range and a column list read back as a frame, from an offline target's {@code asDf}. */
    OFFLINE(DriverFlag.OFFLINE);

    private final DriverFlag flag;

    QueryMode(DriverFlag flag) {
        this.flag = flag;
    }

    /** The flag ({@code ONLINE} / {@code OFFLINE}) a queryable target needs for this mode. */
    DriverFlag flag() {
        return flag;
    }
}
