package dev.driverkit.registry;

/**
 * How a queryable target serves a feature-vector query; a target declares it with
 * {@code @TargetDriver(queryable = true)} and the processor checks the methods each mode needs.
 */
public enum QueryMode {
    /** The latest feature values by entity key, from an online target's {@code getTableObject()}. */
    ONLINE("online"),
    /** A time range and a column list read back as a frame, from an offline target's {@code asDf}. */
    OFFLINE("offline");

    /** The registry-entry flag that marks a queryable target. */
    static final String QUERYABLE_FLAG = "queryable";

    private final String flag;

    QueryMode(String flag) {
        this.flag = flag;
    }

    /** The annotation flag ({@code online} / {@code offline}) a target needs for this mode. */
    String flag() {
        return flag;
    }
}
