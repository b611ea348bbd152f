package dev.driverkit.spark;

import dev.driverkit.Engine;
import dev.driverkit.registry.Direction;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverLookupException;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.NearestName;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The registry as the data source sees it: a kind names a driver of one direction that runs on Spark.
 * Every miss says which kinds would do: an unknown kind lists the kinds of that direction that run on
 * Spark, a driver without SPARK names the engines it has.
 */
final class SparkDrivers {
    private final DriverRegistry registry;

    SparkDrivers(DriverRegistry registry) {
        this.registry = registry;
    }

    /** The drivers visible to the thread's context class loader: where Spark puts the jars of {@code spark.jars}. */
    static SparkDrivers load() {
        return new SparkDrivers(DriverRegistry.load());
    }

    DriverRegistry registry() {
        return registry;
    }

    /** The driver of {@code direction} registered for {@code kind}, which must support Spark. */
    DriverInfo lookup(Direction direction, String kind) {
        DriverInfo info;
        try {
            info = direction == Direction.SOURCE ? registry.source(kind) : registry.target(kind);
        } catch (DriverLookupException e) {
            throw new IllegalArgumentException(unknownKind(direction, kind, e), e);
        }
        if (!info.supports(Engine.SPARK)) {
            String engines = info.engines().stream().map(engine -> "Engine." + engine).collect(Collectors.joining(", "));
            throw new IllegalArgumentException("The '" + kind + "' " + direction.noun() + " driver (" + info.describe()
                    + ") does not run on Spark: it supports " + (info.engines().size() == 1 ? "only " : "") + engines
                    + ". " + sparkKinds(direction));
        }
        return info;
    }

    /** Whether a driver of {@code direction} is registered for {@code kind} and runs on Spark; never throws for a miss. */
    boolean hasSparkDriver(Direction direction, String kind) {
        try {
            DriverInfo info = direction == Direction.SOURCE ? registry.source(kind) : registry.target(kind);
            return info.supports(Engine.SPARK);
        } catch (DriverLookupException e) {
            return false;
        }
    }

    private String unknownKind(Direction direction, String kind, DriverLookupException cause) {
        List<String> sparkKinds;
        try {
            sparkKinds = kinds(direction);
        } catch (DriverLookupException ambiguousElsewhere) {
            return cause.getMessage(); // the registry's own words: it names the clash
        }
        if (hasSparkDriver(direction.other(), kind)) {
            return "'" + kind + "' is a " + direction.other().noun() + " driver, not a " + direction.noun() + ": "
                    + (direction == Direction.SOURCE
                            ? "write to it (df.write.format(\"driverkit\"), INSERT INTO, CREATE TABLE ... AS SELECT)."
                            : "read from it (spark.read.format(\"driverkit\"), SELECT).")
                    + " " + sparkKinds(direction);
        }
        if (cause.getMessage().contains("Multiple ")) {
            return cause.getMessage();
        }
        String nearest = NearestName.among(kind, sparkKinds);
        return "Unknown " + direction.noun() + " kind '" + kind + "'." + (nearest == null ? "" : " Did you mean '" + nearest + "'?")
                + " " + sparkKinds(direction);
    }

    /** "Source kinds that run on Spark: csv, parquet." (or that there are none), for messages. */
    String sparkKinds(Direction direction) {
        List<String> kinds;
        try {
            kinds = kinds(direction);
        } catch (DriverLookupException ambiguous) {
            return "";
        }
        String noun = direction.noun().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + direction.noun().substring(1);
        return kinds.isEmpty()
                ? "No " + direction.noun() + " driver on the class path runs on Spark (put the driver's jar on spark.jars)."
                : noun + " kinds that run on Spark: " + String.join(", ", kinds) + ".";
    }

    private List<String> kinds(Direction direction) {
        List<DriverInfo> all = direction == Direction.SOURCE ? registry.sources() : registry.targets();
        return all.stream().filter(info -> info.supports(Engine.SPARK)).map(DriverInfo::kind).toList();
    }
}
