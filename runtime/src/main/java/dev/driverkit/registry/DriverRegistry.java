package dev.driverkit.registry;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.DriverFlag;
import dev.driverkit.spec.NearestName;
import dev.driverkit.spec.SourceSpecs;
import dev.driverkit.spec.SpecCodec;
import dev.driverkit.spec.SpecCodecs;
import dev.driverkit.spec.SpecException;
import dev.driverkit.spec.SpecJson;
import dev.driverkit.spec.TargetSpecs;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every driver on the class path, by direction and kind, read from the entries that driverkit's
 * processor generated. Looking up one kind reads that kind's entry and loads that driver's class
 * alone; listing reads the entries and loads no class.
 *
 * <pre>{@code
 * DriverRegistry registry = DriverRegistry.load();
 * BaseSourceDriver csv = registry.readSource("{\"kind\": \"csv\", \"path\": \"data.csv\"}");
 * String json = registry.writeSpec(csv);
 * }</pre>
 */
public final class DriverRegistry {
    static final String NO_DRIVERS_HINT = "No driverkit drivers are on the class path. This usually means the"
            + " annotation processor did not run when the drivers were compiled: put driverkit-processor on the"
            + " compiler's annotationProcessorPaths (javac 23 and later no longer run processors that are only on"
            + " the plain class path), then rebuild the driver jar.";

    private final ClassLoader loader;
    private final RegistryEntries entries;
    private final boolean lenient;
    /** Made on the first listing: a lookup by kind needs none of it (cold start). */
    private Map<Direction, Map<String, DriverInfo>> listed;
    /** Generated codecs by class name: loaded once, stateless, shared by every read and write. */
    private final Map<String, SpecCodec<?>> codecs = new ConcurrentHashMap<>();

    private DriverRegistry(ClassLoader loader, RegistryEntries entries, boolean lenient) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.entries = entries;
        this.lenient = lenient;
    }

    /** The drivers visible to the thread's context class loader (or this class's loader). */
    public static DriverRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : DriverRegistry.class.getClassLoader());
    }

    /** The drivers visible to {@code loader}. */
    public static DriverRegistry load(ClassLoader loader) {
        return new DriverRegistry(loader, new RegistryEntries(loader), false);
    }

    /**
     * This registry, reading specs leniently: unknown top-level keys are ignored and unknown
     * attributes are kept in {@link BaseSourceDriver#getExtraAttributes()} and written back.
     */
    public DriverRegistry lenient() {
        return new DriverRegistry(loader, entries, true); // shares the entries, so the class path is scanned once
    }

    // ---- listing ----

    /** Every source driver, sorted by kind. */
    public List<DriverInfo> sources() {
        return List.copyOf(listing(Direction.SOURCE).values());
    }

    /** Every target driver, sorted by kind. */
    public List<DriverInfo> targets() {
        return List.copyOf(listing(Direction.TARGET).values());
    }

    private synchronized Map<String, DriverInfo> listing(Direction direction) {
        if (listed == null) {
            listed = new EnumMap<>(Direction.class);
        }
        return listed.computeIfAbsent(direction, d -> {
            Map<String, List<DriverInfo>> byKind = entries.all(d).stream()
                    .collect(Collectors.groupingBy(DriverInfo::kind, TreeMap::new, Collectors.toList()));
            Map<String, DriverInfo> unique = new LinkedHashMap<>();
            byKind.forEach((kind, candidates) -> unique.put(kind, single(d, kind, candidates)));
            return unique;
        });
    }

    // ---- lookup ----

    /** The source driver registered for {@code kind}. */
    public DriverInfo source(String kind) {
        return lookup(Direction.SOURCE, kind);
    }

    /** The target driver registered for {@code kind}. */
    public DriverInfo target(String kind) {
        return lookup(Direction.TARGET, kind);
    }

    /** A new source driver of {@code kind}, with default settings. */
    public BaseSourceDriver newSource(String kind) {
        DriverInfo info = source(kind);
        return newDriver(info, codec(info, BaseSourceDriver.class), BaseSourceDriver.class);
    }

    /** A new target driver of {@code kind}, with default settings. */
    public BaseStoreTarget newTarget(String kind) {
        DriverInfo info = target(kind);
        return newDriver(info, codec(info, BaseStoreTarget.class), BaseStoreTarget.class);
    }

    /**
     * The targets that can serve a feature-vector query of the given mode: {@link QueryMode#ONLINE}
     * lookups of the latest values by entity key, or {@link QueryMode#OFFLINE} reads of a time range
     * and columns as a frame. Read from the entries' flags; no driver class is loaded.
     */
    public List<DriverInfo> targetsServing(QueryMode mode) {
        return targets().stream()
                .filter(info -> info.hasFlag(DriverFlag.QUERYABLE) && info.hasFlag(mode.flag()))
                .toList();
    }

    DriverInfo lookup(Direction direction, String kind) {
        Objects.requireNonNull(kind, "kind");
        List<DriverInfo> candidates = entries.forKind(direction, kind);
        if (candidates.isEmpty()) {
            throw unknownKind(direction, kind);
        }
        return single(direction, kind, candidates);
    }

    private static DriverInfo single(Direction direction, String kind, List<DriverInfo> candidates) {
        // loops, not streams: this is on the path of a first lookup, where each stream pipeline and
        // lambda costs class loading and spinning (docs/performance.md)
        DriverInfo first = candidates.get(0);
        boolean oneClass = true;
        for (DriverInfo candidate : candidates) {
            oneClass &= candidate.driverClassName().equals(first.driverClassName());
        }
        if (oneClass) {
            return first;
        }
        String classes = candidates.stream().map(DriverInfo::describe).collect(Collectors.joining("\n  "));
        throw new DriverLookupException(kind, "Multiple " + direction.noun() + " drivers are registered for kind '"
                + kind + "'. Ambiguous driver classes are:\n  " + classes
                + "\nKeep one of them on the class path, or give one a different kind.");
    }

    private DriverLookupException unknownKind(Direction direction, String kind) {
        List<DriverInfo> otherSide = entries.forKind(direction.other(), kind);
        if (!otherSide.isEmpty()) {
            return new DriverLookupException(kind, "'" + kind + "' is a " + direction.other().noun()
                    + " driver; it cannot be used as a " + direction.noun() + " (" + otherSide.get(0).describe() + ").");
        }
        List<String> known = knownKinds(direction);
        if (known.isEmpty() && knownKinds(direction.other()).isEmpty()) {
            return new DriverLookupException(kind, "Unknown " + direction.noun() + " kind '" + kind + "'. "
                    + NO_DRIVERS_HINT);
        }
        String nearest = NearestName.among(kind, known);
        return new DriverLookupException(kind, "Unknown " + direction.noun() + " kind '" + kind + "'."
                + (nearest == null ? "" : " Did you mean '" + nearest + "'?")
                + " Known " + direction.noun() + " kinds: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
    }

    /**
     * The kinds registered in one direction, sorted. Unlike {@link #listing}, two drivers claiming one
     * kind are not an error here: an ambiguity elsewhere must not hide what an error message is about.
     */
    private List<String> knownKinds(Direction direction) {
        return entries.all(direction).stream().map(DriverInfo::kind).distinct().sorted().toList();
    }

    /** The generated spec codec of a registry entry. */
    <D> SpecCodec<D> codec(DriverInfo info, Class<D> base) {
        SpecCodec<?> codec = codecs.get(info.codecClassName());
        try {
            if (codec == null) { // get and put, not computeIfAbsent with a lambda: a first lookup's cost
                codec = SpecCodecs.load(info.codecClassName(), loader, info.driverClassName());
                SpecCodec<?> raced = codecs.putIfAbsent(info.codecClassName(), codec);
                codec = raced != null ? raced : codec;
            }
        } catch (IllegalStateException e) {
            throw new DriverLookupException(info.kind(), "The registry entry for " + info.direction().noun()
                    + " kind '" + info.kind() + "' names " + info.describe() + ", but its generated codec cannot be"
                    + " loaded: " + e.getMessage() + " A stale entry from a deleted class is fixed by a clean build.", e);
        }
        @SuppressWarnings("unchecked")
        SpecCodec<D> typed = (SpecCodec<D>) codec;
        return typed;
    }

    /**
     * The JSON Schema of a driver's spec (draft 2020-12), generated by the processor into its codec
     * ({@link SpecCodec#schema}): types, descriptions from Javadoc, former keys marked deprecated.
     * Empty for a codec without one.
     */
    public Optional<String> schema(DriverInfo info) {
        return codec(info, Object.class).schema();
    }

    // ---- spec JSON ----

    /**
     * Reads a source spec in MLRun's dictionary shape; {@code "kind"} picks the driver through this
     * registry. Every fault in the JSON, including an unknown kind, is a {@link SpecException} with
     * the JSON path.
     */
    public BaseSourceDriver readSource(String json) {
        return SourceSpecs.JSON.read(json, new SpecKinds<>(Direction.SOURCE, BaseSourceDriver.class), lenient);
    }

    /** Writes a source driver's spec in MLRun's dictionary shape. */
    public String writeSpec(BaseSourceDriver driver) {
        return SourceSpecs.JSON.write(driver, SpecCodecs.forDriver(driver));
    }

    /**
     * Reads a target spec (or a target status entry) in MLRun's dictionary shape; {@code "kind"}
     * picks the driver through this registry. Faults are {@link SpecException}s with the JSON path.
     */
    public BaseStoreTarget readTarget(String json) {
        return TargetSpecs.JSON.read(json, new SpecKinds<>(Direction.TARGET, BaseStoreTarget.class), lenient);
    }

    /** Writes a target driver's spec in MLRun's dictionary shape. */
    public String writeSpec(BaseStoreTarget driver) {
        return TargetSpecs.JSON.write(driver, SpecCodecs.forDriver(driver));
    }

    /**
     * The drivers of one direction, as a spec read sees them: its kind names one. Made per read (it is
     * two fields), so that a registry that only looks drivers up never loads it.
     */
    private final class SpecKinds<B> implements SpecJson.KindResolver<B> {
        private final Direction direction;
        private final Class<B> base;

        SpecKinds(Direction direction, Class<B> base) {
            this.direction = direction;
            this.base = base;
        }

        @Override
        public SpecJson.Typed<B> resolve(String kind) {
            DriverInfo info = infoForSpec(direction, kind);
            SpecCodec<B> codec = codec(info, base);
            return new SpecJson.Typed<>(codec, newDriver(info, codec, base));
        }
    }

    /** Creates the driver and checks it is of the direction's base class (a hand-edited entry may lie). */
    private static <D> D newDriver(DriverInfo info, SpecCodec<D> codec, Class<D> base) {
        Object driver = codec.newDriver();
        if (!base.isInstance(driver)) {
            throw new DriverLookupException(info.kind(), "The registry entry for " + info.direction().noun()
                    + " kind '" + info.kind() + "' names " + info.describe() + ", which is not a "
                    + base.getSimpleName() + ". The entry was edited by hand or comes from another tool: rebuild"
                    + " the driver with driverkit-processor.");
        }
        return base.cast(driver);
    }

    /** The driver a spec's kind names; a lookup failure is a fault of the JSON, at {@code $.kind}. */
    private DriverInfo infoForSpec(Direction direction, String kind) {
        // Read outside the try: a broken registry entry is a fault of the class path, not of the JSON.
        List<DriverInfo> candidates = entries.forKind(direction, kind);
        try {
            if (candidates.isEmpty()) {
                throw unknownKind(direction, kind);
            }
            return single(direction, kind, candidates);
        } catch (DriverLookupException e) {
            List<String> known = knownKinds(direction);
            // no "did you mean" for a kind that exists (ambiguous), and no second one for an unknown kind
            String suggestion = known.contains(kind) ? null : NearestName.among(kind, known);
            String problem = suggestion == null ? e.getMessage()
                    : e.getMessage().replace(" Did you mean '" + suggestion + "'?", "");
            throw new SpecException("$.kind", problem, suggestion, e);
        }
    }
}
