package dev.driverkit.engine;

/** An offline target (files, warehouses). */
public interface OfflineTarget extends DriverAdapter {
    /** Whether the path names one file rather than a folder. */
    boolean isSingleFile();
}
