package dev.driverkit.registry;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.DriverFlag;
import dev.driverkit.spec.Excerpt;
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
 * <p>A registry may be shared by any number of threads: each kind's entry is read and each codec made
 * once per registry, and only kinds that exist are kept, so specs with made-up kinds do not make it
 * grow. A kind is checked ({@link RegistryFormat#isValidKind}) before anything is looked up.
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
    private static final String KIND_PATH = "$.kind";

    private final ClassLoader loader;
    private final RegistryEntries entries;
    private final boolean lenient;
    /** Made on the first listing: a lookup by kind needs none of it (cold start). */
    private Map<Direction, Map<String, DriverInfo>> listed;
    /**
     * Generated codecs by class name: each made once per registry (under {@link #codecs}' lock), stateless,
     * shared by every read and write; a registry made by {@link #lenient()} shares them.
     */
    private final Map<String, SpecCodec<?>> codecs;
    /** The kinds of each direction, for error messages: listed on the first unknown kind, then kept. */
    private final Map<Direction, List<String>> knownKinds;

    private DriverRegistry(ClassLoader loader, RegistryEntries entries, boolean lenient,
            Map<String, SpecCodec<?>> codecs, Map<Direction, List<String>> knownKinds) {
        this.loader = Objects.requireNonNull(loader, "loader");
        this.entries = entries;
        this.lenient = lenient;
        this.codecs = codecs;
        this.knownKinds = knownKinds;
    }

    /** The drivers visible to the thread's context class loader (or this class's loader). */
    public static DriverRegistry load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return load(context != null ? context : DriverRegistry.class.getClassLoader());
    }

    /** The drivers visible to {@code loader}. */
    public static DriverRegistry load(ClassLoader loader) {
        return new DriverRegistry(loader, new RegistryEntries(loader), false, new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>());
    }

    /**
     * This registry, reading specs leniently: unknown top-level keys are ignored and unknown
     * attributes are kept in {@link BaseSourceDriver#getExtraAttributes()} and written back.
     */
    public DriverRegistry lenient() {
        // shares the entries and codecs, so the class path is scanned and each codec made once
        return new DriverRegistry(loader, entries, true, codecs, knownKinds);
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
        if (!RegistryFormat.isValidKind(kind)) {
            throw new DriverLookupException(kind, malformedKind(direction, kind));
        }
        List<DriverInfo> candidates = entries.forKind(direction, kind);
        if (candidates.isEmpty()) {
            throw unknownKind(direction, kind, true);
        }
        return single(direction, kind, candidates);
    }

    /** Why {@code kind} cannot name a driver; checked before any lookup, so it never becomes a resource name. */
    private static String malformedKind(Direction direction, String kind) {
        String why = kind.length() > RegistryFormat.MAX_KIND_LENGTH
                ? "it is longer than " + RegistryFormat.MAX_KIND_LENGTH + " characters"
                : "a kind is a letter followed by letters, digits, '_' or '-'";
        return "'" + Excerpt.of(kind) + "' is not a valid " + direction.noun() + " kind: " + why + ".";
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
                + Excerpt.of(kind) + "'. Ambiguous driver classes are:\n  " + classes
                + "\nKeep one of them on the class path, or give one a different kind.");
    }

    /**
     * The error for a well-formed kind that no driver of the direction has.
     *
     * @param withOrigin name the other direction's driver and where it came from (a spec error names
     *     no class and no path of this machine: the spec may come from outside)
     */
    private DriverLookupException unknownKind(Direction direction, String kind, boolean withOrigin) {
        String shown = Excerpt.of(kind);
        List<DriverInfo> otherSide = entries.forKind(direction.other(), kind);
        if (!otherSide.isEmpty()) {
            return new DriverLookupException(kind, "'" + shown + "' is a " + direction.other().noun()
                    + " driver; it cannot be used as a " + direction.noun()
                    + (withOrigin ? " (" + otherSide.get(0).describe() + ")." : "."));
        }
        List<String> known = knownKinds(direction);
        if (known.isEmpty() && knownKinds(direction.other()).isEmpty()) {
            return new DriverLookupException(kind, "Unknown " + direction.noun() + " kind '" + shown + "'. "
                    + NO_DRIVERS_HINT);
        }
        String nearest = NearestName.among(kind, known);
        return new DriverLookupException(kind, "Unknown " + direction.noun() + " kind '" + shown + "'."
                + (nearest == null ? "" : " Did you mean '" + nearest + "'?")
                + " Known " + direction.noun() + " kinds: " + (known.isEmpty() ? "none" : String.join(", ", known)) + ".");
    }

    /**
     * The kinds registered in one direction, sorted; listed once, on the first error that needs them,
     * so a stream of specs with unknown kinds costs no class-path scan each. Unlike {@link #listing},
     * two drivers claiming one kind are not an error here: an ambiguity elsewhere must not hide what an
     * error message is about.
     */
    private List<String> knownKinds(Direction direction) {
        List<String> known = knownKinds.get(direction);
        if (known == null) {
            known = entries.all(direction).stream().map(DriverInfo::kind).distinct().sorted().toList();
            knownKinds.putIfAbsent(direction, known);
        }
        return known;
    }

    /**
     * The generated spec codec of a registry entry, made once per registry: threads that ask for it at the
     * same time wait for the first (a lock and a second look, not computeIfAbsent with a lambda, which
     * would cost a first lookup a class spun at run time). A codec that fails to load is not kept: the
     * next call tries again, and fails the same way, for that kind only.
     */
    <D> SpecCodec<D> codec(DriverInfo info, Class<D> base) {
        SpecCodec<?> codec = codecs.get(info.codecClassName());
        try {
            if (codec == null) {
                synchronized (codecs) {
                    codec = codecs.get(info.codecClassName());
                    if (codec == null) {
                        codec = SpecCodecs.load(info.codecClassName(), loader, info.driverClassName());
                        codecs.put(info.codecClassName(), codec);
                    }
                }
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

    /**
     * Creates the driver and checks it is of the direction's base class (a hand-edited entry may lie). A
     * driver class that cannot be created (missing from the class path now, failing in its static
     * initializer or its constructor) is an error for its kind alone.
     */
    private static <D> D newDriver(DriverInfo info, SpecCodec<D> codec, Class<D> base) {
        Object driver;
        try {
            driver = codec.newDriver();
        } catch (LinkageError | RuntimeException e) {
            Throwable cause = e instanceof ExceptionInInitializerError init && init.getCause() != null ? init.getCause() : e;
            throw new DriverLookupException(info.kind(), "The " + info.direction().noun() + " driver of kind '"
                    + info.kind() + "', " + info.describe() + ", cannot be created: " + cause
                    + (e instanceof LinkageError
                            ? ". Its class or a class it needs is missing or failed to initialize: put the driver's"
                                    + " jar and its dependencies on the class path, or rebuild it."
                            : ". Its constructor failed: a driver's no-arg constructor must not fail."), e);
        }
        if (!base.isInstance(driver)) {
            throw new DriverLookupException(info.kind(), "The registry entry for " + info.direction().noun()
                    + " kind '" + info.kind() + "' names " + info.describe() + ", which is not a "
                    + base.getSimpleName() + ". The entry was edited by hand or comes from another tool: rebuild"
                    + " the driver with driverkit-processor.");
        }
        return base.cast(driver);
    }

    /**
     * The driver a spec's kind names. A malformed or unknown kind is a fault of the JSON: a
     * {@link SpecException} at {@code $.kind}, whose message names no class and no path of this
     * machine. A broken registry entry or two drivers claiming the kind are faults of the class path:
     * a {@link DriverLookupException}.
     */
    private DriverInfo infoForSpec(Direction direction, String kind) {
        if (!RegistryFormat.isValidKind(kind)) {
            String problem = malformedKind(direction, kind);
            throw new SpecException(KIND_PATH, problem, NearestName.among(kind, knownKinds(direction)),
                    new DriverLookupException(kind, problem));
        }
        List<DriverInfo> candidates = entries.forKind(direction, kind);
        if (!candidates.isEmpty()) {
            return single(direction, kind, candidates);
        }
        DriverLookupException unknown = unknownKind(direction, kind, false);
        String suggestion = NearestName.among(kind, knownKinds(direction));
        // the suggestion goes last, where SpecException puts it, not twice
        String problem = suggestion == null ? unknown.getMessage()
                : unknown.getMessage().replace(" Did you mean '" + suggestion + "'?", "");
        throw new SpecException(KIND_PATH, problem, suggestion, unknown);
    }
}
