package dev.driverkit.registry;

import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One registry entry, read from its generated resource without loading the driver class.
 *
 * @param direction source or target
 * @param kind the kind specs name the driver by
 * @param driverClassName the driver's binary class name
 * @param codecClassName its generated spec codec's binary class name
 * @param engines the engines it supports
 * @param flags the flags it has (a source's {@code ONLINE}: it extends {@code OnlineSource})
 * @param origin where the entry came from (a jar or a folder), for messages
 */
public record DriverInfo(
        Direction direction,
        String kind,
        String driverClassName,
        String codecClassName,
        Set<Engine> engines,
        Set<DriverFlag> flags,
        String origin) {

    public DriverInfo {
        engines = Collections.unmodifiableSet(engines.isEmpty() ? EnumSet.noneOf(Engine.class) : EnumSet.copyOf(engines));
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(DriverFlag.class) : EnumSet.copyOf(flags));
    }

    public boolean supports(Engine engine) {
        return engines.contains(engine);
    }

    public boolean hasFlag(DriverFlag flag) {
        return flags.contains(flag);
    }

    /** "com.acme.CsvSource (from /path/to/acme.jar)", for messages. */
    public String describe() {
        return driverClassName + " (from " + origin + ")";
    }
}
