package dev.driverkit.processor.model;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.OnlineSource;
import dev.driverkit.SourceDriver;
import dev.driverkit.Spec;
import dev.driverkit.TargetDriver;
import dev.driverkit.registry.Direction;

/** The driverkit types the processor recognises, by canonical name. */
public final class Names {
    public static final String SOURCE_DRIVER = SourceDriver.class.getCanonicalName();
    public static final String TARGET_DRIVER = TargetDriver.class.getCanonicalName();
    public static final String SPEC = Spec.class.getCanonicalName();
    public static final String BASE_SOURCE = BaseSourceDriver.class.getCanonicalName();
    public static final String ONLINE_SOURCE = OnlineSource.class.getCanonicalName();
    public static final String BASE_TARGET = "dev.driverkit.BaseStoreTarget";

    private Names() {}

    public static String annotation(Direction direction) {
        return direction == Direction.SOURCE ? SOURCE_DRIVER : TARGET_DRIVER;
    }

    public static String baseClass(Direction direction) {
        return direction == Direction.SOURCE ? BASE_SOURCE : BASE_TARGET;
    }

    /** Whether {@code name} is one of driverkit's own base classes (where the user's hierarchy ends). */
    public static boolean isDriverkitBase(String name) {
        return name.equals(BASE_SOURCE) || name.equals(ONLINE_SOURCE) || name.equals(BASE_TARGET);
    }
}
