package dev.driverkit.engine;

/** A queryable online target: the latest feature values by entity key. */
public interface OnlineQuery extends DriverAdapter {
    FeatureTable getTableObject();
}
