package dev.driverkit.spark;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;

/**
 * A checked spec of one driver that runs on Spark. Each use reads a new driver from the JSON: drivers
 * are not promised to be thread-safe, and Spark may plan two queries over one relation at once.
 *
 * @param direction source or target
 * @param info the driver's registry entry
 * @param json the spec, in MLRun's dictionary shape
 * @param drivers the registry that reads it
 */
record DriverSpec(Direction direction, DriverInfo info, String json, SparkDrivers drivers) {

    /** Reads the spec once: a fault is the registry's {@link dev.driverkit.spec.SpecException}. */
    void check() {
        if (direction == Direction.SOURCE) {
            newSource();
        } else {
            newTarget();
        }
    }

    BaseSourceDriver newSource() {
        requireDirection(Direction.SOURCE);
        return drivers.registry().readSource(json);
    }

    BaseStoreTarget newTarget() {
        requireDirection(Direction.TARGET);
        return drivers.registry().readTarget(json);
    }

    private void requireDirection(Direction wanted) {
        if (direction != wanted) {
            throw new IllegalStateException("a " + direction.noun() + " spec read as a " + wanted.noun() + ": " + json);
        }
    }

    /** "the 'csv' source", for messages. */
    String describe() {
        return "the '" + info.kind() + "' " + direction.noun();
    }
}
