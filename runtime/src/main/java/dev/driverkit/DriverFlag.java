package dev.driverkit;

import dev.driverkit.registry.Direction;

/**
 * What a driver is, besides its engines: MLRun's target flags and the two source traits. The
 * annotations set them ({@code @TargetDriver(online = true)}, {@code @SourceDriver(iterator = true)}),
 * except a source's {@link #ONLINE}, which extending {@link OnlineSource} sets. Registry entries list
 * them, and the engine roles of {@code dev.driverkit.engine} name the flags that make a driver need them.
 */
public enum DriverFlag {
    /** A source whose {@code toDataframe} returns chunks (MLRun's {@code is_iterator}). */
    ITERATOR("iterator"),
    /** An online source (extends {@link OnlineSource}), or a target that serves online feature values. */
    ONLINE("online"),
    /** A target that holds offline (historical) data. */
    OFFLINE("offline"),
    /** A target that is a key-value table. */
    TABLE("table"),
    /** A target that can add to existing data (writes with {@code overwrite = false}). */
    APPEND("append"),
    /** A target that serves feature-vector queries. */
    QUERYABLE("queryable");

    private final String key;

    DriverFlag(String key) {
        this.key = key;
    }

    /** The annotation attribute and registry-entry key: {@code iterator}, {@code online}, ... */
    public String key() {
        return key;
    }

    /** The flag of a registry-entry key, or null when the key is not a flag. */
    public static DriverFlag ofKey(String key) {
        for (DriverFlag flag : values()) {
            if (flag.key.equals(key)) {
                return flag;
            }
        }
        return null;
    }

    /** How a driver of {@code direction} gets this flag: {@code iterator = true}, {@code extends OnlineSource}. */
    public String howToSet(Direction direction) {
        return this == ONLINE && direction == Direction.SOURCE ? "extends OnlineSource" : key + " = true";
    }

    /** A driver of {@code direction} without it: {@code iterator = false}, {@code does not extend OnlineSource}. */
    public String howToUnset(Direction direction) {
        return this == ONLINE && direction == Direction.SOURCE ? "does not extend OnlineSource" : key + " = false";
    }
}
