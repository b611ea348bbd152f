package dev.driverkit.ingest;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.registry.DriverRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Moves data from one source into one or more targets on one engine, as MLRun's
 * {@code ingest(source, targets, engine)}: drivers are found by the {@code kind} of their spec JSON
 * through the registry and driven through their engine roles only, never by class.
 *
 * <pre>{@code
 * IngestResult result = Ingest.with(DriverRegistry.load())
 *         .source("{\"kind\": \"csv\", \"path\": \"data.csv\", \"key_field\": \"id\"}")
 *         .target("{\"kind\": \"parquet\", \"path\": \"out/\"}")
 *         .run(Engine.STOREY);
 * }</pre>
 *
 * <p>Before anything is read, every driver is checked for the engine (an
 * {@link dev.driverkit.engine.EngineNotSupportedException} names the one that lacks it) and a write that
 * keeps existing data ({@code overwrite(false)}) for the target's {@code append} flag. The writes get
 * the source's {@code key_field} and {@code time_field} as key columns and timestamp key.
 * <ul>
 *   <li>PANDAS: the source's frame, or each chunk of an iterator source, into every target's
 *       {@code writeDataframe}; a target that cannot append gets the chunks as one frame.
 *   <li>STOREY: the source's publisher fanned out to every target's writer, at the pace of the slowest
 *       (demand is passed upstream, never buffered); the run ends when every writer has completed
 *       (a {@link dev.driverkit.engine.StoreyWriter}'s {@code completion()}, else the return of
 *       {@code onComplete}); a failing writer cancels the source and fails the run with its cause.
 *   <li>SPARK: the source's Dataset written to every target through its SPARK role
 *       ({@code writeSparkDf}: the driver's own write, or the engine's with {@code getSparkOptions} and
 *       {@code prepareSparkDf}); cached while more than one target reads it.
 * </ul>
 */
public final class Ingest {
    private final DriverRegistry registry;
    private String sourceSpec;
    private final List<String> targetSpecs = new ArrayList<>();
    private boolean overwrite = true;
    private long maxEvents = Long.MAX_VALUE;
    private Duration timeout;
    private LongConsumer progress = rows -> { };
    private Object sparkSession;

    private Ingest(DriverRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    public static Ingest with(DriverRegistry registry) {
        return new Ingest(registry);
    }

    /** The source's spec JSON (MLRun's dictionary shape). */
    public Ingest source(String specJson) {
        this.sourceSpec = Objects.requireNonNull(specJson, "specJson");
        return this;
    }

    /** A target's spec JSON; call once per target. */
    public Ingest target(String specJson) {
        targetSpecs.add(Objects.requireNonNull(specJson, "specJson"));
        return this;
    }

    /** Replace what the targets hold (the default), or add to it (targets declared {@code append = true}). */
    public Ingest overwrite(boolean overwrite) {
        this.overwrite = overwrite;
        return this;
    }

    /** STOREY: stop after this many events (an online source never ends by itself). */
    public Ingest maxEvents(long maxEvents) {
        if (maxEvents <= 0) {
            throw new IllegalArgumentException("maxEvents must be positive: " + maxEvents);
        }
        this.maxEvents = maxEvents;
        return this;
    }

    /** STOREY: fail the run when it has not ended after this long (it is cancelled first). */
    public Ingest timeout(Duration timeout) {
        this.timeout = timeout;
        return this;
    }

    /** Told the number of rows read so far, now and then (STOREY: per event; PANDAS: per chunk). */
    public Ingest progress(LongConsumer progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /** SPARK: the session to run in ({@code org.apache.spark.sql.SparkSession}); by default the active one. */
    public Ingest sparkSession(Object session) {
        this.sparkSession = session;
        return this;
    }

    /** Runs the ingest; throws {@link IngestException} when a read or a write fails. */
    public IngestResult run(Engine engine) {
        Objects.requireNonNull(engine, "engine");
        if (sourceSpec == null || targetSpecs.isEmpty()) {
            throw new IllegalStateException("an ingest needs a source and at least one target");
        }
        BaseSourceDriver source = registry.readSource(sourceSpec);
        List<BaseStoreTarget> targets = new ArrayList<>();
        for (String spec : targetSpecs) {
            targets.add(registry.readTarget(spec));
        }
        checkEngine(engine, source, targets);
        List<Boolean> appends = targets.stream()
                .map(target -> registry.target(target.kind()).hasFlag(DriverFlag.APPEND)).toList();
        Plan plan = new Plan(source, targets, appends, request(source), maxEvents, timeout, progress);
        long started = System.nanoTime();
        List<TargetResult> results = switch (engine) {
            case PANDAS -> new PandasIngest().run(plan);
            case STOREY -> new StoreyIngest().run(plan);
            case SPARK -> SparkIngest.run(plan, sparkSession);
        };
        return new IngestResult(engine, source.kind(), results, Duration.ofNanos(System.nanoTime() - started));
    }

    /** Everything the chosen engine needs from every driver, checked before anything is read. */
    private void checkEngine(Engine engine, BaseSourceDriver source, List<BaseStoreTarget> targets) {
        switch (engine) {
            case PANDAS -> {
                if (registry.source(source.kind()).hasFlag(DriverFlag.ITERATOR)) {
                    Roles.pandasChunked(source);
                } else {
                    Roles.pandas(source);
                }
                targets.forEach(Roles::pandas);
            }
            case STOREY -> {
                Roles.storey(source);
                targets.forEach(Roles::storey);
            }
            case SPARK -> {
                Roles.spark(source);
                targets.forEach(Roles::spark);
            }
        }
        if (!overwrite) {
            for (BaseStoreTarget target : targets) {
                if (!registry.target(target.kind()).hasFlag(DriverFlag.APPEND)) {
                    throw new IngestException("The '" + target.kind() + "' target" + named(target.getName())
                            + " cannot add to existing data (it is not declared append = true): ingest with"
                            + " overwrite(true), or choose a target that appends.", null);
                }
            }
        }
    }

    private WriteRequest request(BaseSourceDriver source) {
        List<String> keys = source.getKeyField() == null ? List.of() : List.of(source.getKeyField());
        return new WriteRequest(keys, source.getTimeField(), overwrite);
    }

    static String named(String name) {
        return name == null ? "" : " '" + name + "'";
    }

    /** One run's drivers and settings, for the engine that runs it. */
    record Plan(BaseSourceDriver source, List<BaseStoreTarget> targets, List<Boolean> targetAppends,
            WriteRequest write, long maxEvents, Duration timeout, LongConsumer progress) {
        /** Whether target {@code i} is declared {@code append = true}. */
        boolean appends(int i) {
            return targetAppends.get(i);
        }
    }
}
