#set( $E = $engines.toUpperCase().replace(" ", "") )
#set( $storey = $E.contains("STOREY") )
#set( $spark = $E.contains("SPARK") )
#set( $pandas = $E.contains("PANDAS") )
#set( $target = $direction == "target" )
#set( $isOnline = $online == "true" )
#set( $isQueryable = $queryable == "true" )
#set( $frames = $spark || $pandas )
#set( $onlineQuery = $target && $isOnline && $isQueryable )
#set( $offlineQuery = $target && !$isOnline && $isQueryable )
#set( $engineList = [] )
#if( $storey )#set( $ignored = $engineList.add("STOREY") )#end
#if( $spark )#set( $ignored = $engineList.add("SPARK") )#end
#if( $pandas )#set( $ignored = $engineList.add("PANDAS") )#end
#set( $supports = "" )
#foreach( $engine in $engineList )
#if( $foreach.hasNext )
#set( $supports = "${supports}Engine.${engine}, " )
#else
#set( $supports = "${supports}Engine.${engine}" )
#end
#end
#if( !$target )
package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
#if( $isOnline )
import dev.driverkit.DriverFlag;
#end
import dev.driverkit.Engine;
import dev.driverkit.engine.Roles;
#if( $storey )
import dev.driverkit.engine.Event;
#end
#if( $isOnline )
import dev.driverkit.engine.NuclioFunction;
#end
#if( $frames )
import dev.driverkit.engine.ReadRequest;
#end
#if( $spark )
import dev.driverkit.engine.SparkSource;
#end
#if( $storey )
import dev.driverkit.engine.StepRequest;
#end
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
#if( $storey )
import java.time.Instant;
#end
#if( $pandas )
import java.time.LocalDateTime;
#end
import java.util.EnumSet;
#if( $storey || $frames )
import java.util.List;
#end
#if( $spark && !$isOnline )
import java.util.Map;
#end
#if( $storey )
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
#end
#if( $spark )
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
#end
#if( $pandas )
import org.dflib.DataFrame;
#end
#if( $spark )
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
#end
import org.junit.jupiter.api.Test;

/**
 * What the first build checks: the driver is registered under its kind, its spec JSON reads and writes
 * back the same, and it runs on its engines through {@link Roles}, as an engine would call it.
 */
class ${className}Test {
    private static final DriverRegistry REGISTRY = DriverRegistry.load();

    /** A spec in MLRun's dictionary shape: common fields at the top, the driver's own in "attributes". */
    private static final String SPEC = """
            {"kind": "${kind}", "name": "demo", "key_field": "id", "time_field": "time",
             "attributes": {"table": "orders", "max_rows": 2}}""";

    @Test
    void isRegisteredUnderItsKind() {
        DriverInfo info = REGISTRY.source("${kind}");
        assertEquals(${className}.class.getName(), info.driverClassName());
        assertEquals(EnumSet.of(${supports}), info.engines());
#if( $isOnline )
        assertTrue(info.hasFlag(DriverFlag.ONLINE), info.flags().toString());
#end
        assertInstanceOf(${className}.class, REGISTRY.newSource("${kind}"));
    }

    @Test
    void readsAndWritesItsSpec() {
        ${className} source = assertInstanceOf(${className}.class, REGISTRY.readSource(SPEC));
        assertEquals("demo", source.getName());
        assertEquals("id", source.getKeyField());
        assertEquals("orders", source.table);
        assertEquals(2, source.maxRows);

        String json = REGISTRY.writeSpec(source);
        assertTrue(json.contains("\"attributes\":{\"table\":\"orders\",\"max_rows\":2}"), json);
        BaseSourceDriver again = REGISTRY.readSource(json);
        assertEquals(json, REGISTRY.writeSpec(again));
        assertEquals("orders", ((${className}) again).table);
    }
#if( $isOnline )

    @Test
    void addsItsTrigger() {
        NuclioFunction function = Roles.trigger(REGISTRY.readSource(SPEC)).addNuclioTrigger(new NuclioFunction("serving"));
        assertEquals("http", function.triggers().get("http").get("kind"));
    }
#end
#if( $storey )

    @Test
    void streamsEventsOnStorey() throws Exception {
        List<Event> events = collect(Roles.storey(REGISTRY.readSource(SPEC)).toStep(StepRequest.fromSpec()));
        assertEquals(2, events.size()); // max_rows
        assertEquals(1L, events.get(0).key());
        assertEquals(Instant.parse("2026-01-01T09:00:00Z"), events.get(0).time());
        assertEquals("alpha", events.get(0).body().get("name"));
    }

    /** Subscribes the way a stream engine does, requests everything and waits for completion. */
    private static List<Event> collect(Flow.Publisher<Event> publisher) throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(Event event) {
                events.add(event);
            }

            @Override
            public void onError(Throwable failure) {
                done.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        done.get(10, TimeUnit.SECONDS);
        return events;
    }
#end
#if( $pandas )

    @Test
    void readsFramesOnPandas() {
        BaseSourceDriver source = REGISTRY.readSource(SPEC);
        DataFrame frame = Roles.pandas(source).toDataframe(ReadRequest.all().withColumns(List.of("id", "name")));
        assertEquals(2, frame.height()); // max_rows
        assertEquals(List.of("id", "name"), List.of(frame.getColumnsIndex().toArray()));

        DataFrame range = Roles.pandas(source).toDataframe(ReadRequest.all()
                .withTimeRange(LocalDateTime.of(2026, 1, 1, 9, 0), LocalDateTime.of(2026, 1, 1, 10, 0)));
        assertEquals(1, range.height()); // start < time <= end
        assertEquals("beta", range.getColumn("name").get(0));
    }
#end
#if( $spark )

    // Spark tests start a local session (a few seconds); `mvn verify -DexcludedGroups=spark` skips them.

    private static SparkSession spark;

    private static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[1]")
                    .appName("${className}Test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "1")
                    .getOrCreate();
        }
        return spark;
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @Tag("spark")
    void readsDatasetsOnSpark() {
        SparkSource source = Roles.spark(REGISTRY.readSource(SPEC));
#if( !$isOnline )
        assertEquals(Map.of(), Roles.sparkOffline(REGISTRY.readSource(SPEC)).getSparkOptions());
#end
        Dataset<Row> rows = source.toSparkDf(spark(), ReadRequest.all());
        assertEquals(List.of("id", "name", "value", "time"), List.of(rows.columns()));
        assertEquals(2, rows.count()); // max_rows
        assertEquals("alpha", rows.orderBy("id").first().getAs("name"));
    }
#end
}
#else
package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.engine.Roles;
#if( $storey )
import dev.driverkit.engine.Event;
#end
#if( $onlineQuery )
import dev.driverkit.engine.FeatureTable;
#end
#if( $pandas )
import dev.driverkit.engine.PandasTarget;
#end
#if( $pandas || $offlineQuery )
import dev.driverkit.engine.ReadRequest;
#end
#if( $spark )
import dev.driverkit.engine.SparkTarget;
#end
#if( $spark || $pandas )
import dev.driverkit.engine.WriteRequest;
#end
#if( $storey )
import dev.driverkit.engine.WriterStepRequest;
#end
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
#if( $isQueryable )
import dev.driverkit.registry.QueryMode;
#end
import java.util.EnumSet;
#if( $storey || $frames )
import java.util.List;
#end
#if( $storey || $spark || $onlineQuery )
import java.util.Map;
#end
#if( $onlineQuery )
import java.util.Optional;
#end
#if( $storey )
import java.util.concurrent.Flow;
#end
#if( $spark )
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
#end
#if( $pandas || $offlineQuery )
import org.dflib.DataFrame;
#end
#if( $spark )
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
#end
import org.junit.jupiter.api.Test;

/**
 * What the first build checks: the driver is registered under its kind, its spec JSON reads and writes
 * back the same, and it runs on its engines through {@link Roles}, as an engine would call it.
 */
class ${className}Test {
    private static final DriverRegistry REGISTRY = DriverRegistry.load();

    /** A spec in MLRun's dictionary shape: common fields at the top, the driver's own in "attributes". */
#if( $isOnline )
    private static final String SPEC = """
            {"kind": "${kind}", "name": "demo", "path": "memory://demo",
             "attributes": {"key_column": "id"}}""";
#else
    private static final String SPEC = """
            {"kind": "${kind}", "name": "demo", "path": "/data/demo.out",
             "attributes": {"file_suffix": ".out"}}""";
#end

    @Test
    void isRegisteredUnderItsKind() {
        DriverInfo info = REGISTRY.target("${kind}");
        assertEquals(${className}.class.getName(), info.driverClassName());
        assertEquals(EnumSet.of(${supports}), info.engines());
#if( $isQueryable )
        assertTrue(REGISTRY.targetsServing(QueryMode.#if( $isOnline )ONLINE#{else}OFFLINE#end).contains(info));
#end
        assertInstanceOf(${className}.class, REGISTRY.newTarget("${kind}"));
    }

    @Test
    void readsAndWritesItsSpec() {
        ${className} target = assertInstanceOf(${className}.class, REGISTRY.readTarget(SPEC));
        assertEquals("demo", target.getName());
#if( $isOnline )
        assertEquals("id", target.keyColumn);
#else
        assertEquals(".out", target.fileSuffix);
#end

        String json = REGISTRY.writeSpec(target);
#if( $isOnline )
        assertTrue(json.contains("\"attributes\":{\"key_column\":\"id\"}"), json);
#else
        assertTrue(json.contains("\"attributes\":{\"file_suffix\":\".out\"}"), json);
#end
        BaseStoreTarget again = REGISTRY.readTarget(json);
        assertEquals(json, REGISTRY.writeSpec(again));
        assertEquals("demo", again.getName());
    }
#if( !$isOnline )

    @Test
    void tellsItsFileLayout() {
        assertTrue(Roles.offline(REGISTRY.readTarget(SPEC)).isSingleFile());
    }
#end
#if( $storey )

    @Test
    void writesEventsOnStorey() {
        BaseStoreTarget target = REGISTRY.readTarget(SPEC);
        Flow.Subscriber<Event> writer = Roles.storey(target)
                .addWriterStep(new WriterStepRequest(null, List.of(), List.of("id"), null));
        publish(writer, List.of(
                new Event(Map.of("id", 1L, "score", 0.5), 1L, null),
                new Event(Map.of("id", 2L, "score", 0.7), 2L, null),
                new Event(Map.of("id", 1L, "score", 0.9), 1L, null)));
#if( $isOnline )
        assertEquals(2, ((${className}) target).rows().size()); // the latest values per key
#else
        assertEquals(3, ((${className}) target).rows().size()); // every row
#end
#if( $onlineQuery )

        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Optional.of(0.9), table.lookup(Map.of("id", 1L)).map(values -> values.get("score")));
            assertEquals(Optional.empty(), table.lookup(Map.of("id", 3L)));
        }
#end
#if( $offlineQuery )

        DataFrame scores = Roles.offlineQuery(target).asDf(ReadRequest.all().withColumns(List.of("score")));
        assertEquals(3, scores.height());
#end
    }

    /** Drives a writer the way a stream engine does: subscription, events, completion. */
    private static void publish(Flow.Subscriber<Event> writer, List<Event> events) {
        writer.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {}
        });
        events.forEach(writer::onNext);
        writer.onComplete();
    }
#end
#if( $pandas )

    @Test
    void writesAndReadsFramesOnPandas() {
        PandasTarget frames = Roles.pandas(REGISTRY.readTarget(SPEC));
        DataFrame frame = DataFrame.byArrayRow("id", "score").appender()
                .append(1L, 0.5)
                .append(2L, 0.7)
                .toDataFrame();
        frames.writeDataframe(frame, new WriteRequest(List.of("id"), null, true));
        frames.writeDataframe(frame, new WriteRequest(List.of("id"), null, true)); // overwrite: still two rows

        DataFrame back = frames.asDf(ReadRequest.all().withColumns(List.of("id", "score")));
        assertEquals(2, back.height());
        assertEquals(List.of("id", "score"), List.of(back.getColumnsIndex().toArray()));
    }
#end
#if( $spark )

    // Spark tests start a local session (a few seconds); `mvn verify -DexcludedGroups=spark` skips them.

    private static SparkSession spark;

    private static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[1]")
                    .appName("${className}Test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "1")
                    .getOrCreate();
        }
        return spark;
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    @Tag("spark")
    void writesDatasetsOnSpark() {
        SparkTarget target = Roles.spark(REGISTRY.readTarget(SPEC));
        WriteRequest request = new WriteRequest(List.of("id"), null, true);
        Dataset<Row> df = spark().createDataFrame(List.of(RowFactory.create(0.5, 1L), RowFactory.create(0.7, 2L)),
                new StructType().add("score", DataTypes.DoubleType).add("id", DataTypes.LongType));

        Dataset<Row> prepared = target.prepareSparkDf(df, request);
        assertEquals(List.of("id", "score"), List.of(prepared.columns())); // the key first

        Map<String, String> options = target.getSparkOptions(request);
        prepared.write().format(options.get("format")).mode("overwrite").options(options).save();
    }
#end
}
#end
