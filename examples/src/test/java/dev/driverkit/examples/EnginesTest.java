package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.Engine;
import dev.driverkit.engine.EngineNotSupportedException;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Engines use drivers they only know by kind: through the generated adapters, with no cast to the
 * driver class and no reflection.
 */
class EnginesTest {
    private final DriverRegistry registry = DriverRegistry.load();

    @Test
    void aSourceKnownOnlyByItsSpecRunsOnEachEngine(@TempDir Path dir) throws Exception {
        Path csv = SampleData.write(dir.resolve("sample.csv"));
        BaseSourceDriver source = registry.readSource("{\"kind\": \"csv\", \"path\": \"" + csv + "\", \"key_field\": \"id\"}");

        DataFrame frame = Roles.pandas(source).toDataframe(ReadRequest.all());
        assertEquals(SampleData.ROWS, frame.height());

        List<Event> events = new ArrayList<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Roles.storey(source).toStep(StepRequest.fromSpec()).subscribe(new Flow.Subscriber<>() {
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
        done.get(30, TimeUnit.SECONDS);
        assertEquals(SampleData.ROWS, events.size());

        assertEquals(SampleData.ROWS, Roles.spark(source).toSparkDf(SharedSpark.session(), ReadRequest.all()).count());
        assertEquals("csv", Roles.sparkOffline(source).getSparkOptions().get("format"));
        assertEquals(EnumSet.of(Engine.STOREY, Engine.SPARK, Engine.PANDAS), Roles.spark(source).engines());
    }

    @Test
    void aTargetKnownOnlyByItsSpecIsWrittenAndQueried() {
        BaseStoreTarget target = registry.readTarget("{\"kind\": \"memory\", \"name\": \"latest\"}");
        Roles.pandas(target).writeDataframe(DataFrame.foldByRow("id", "score").of(7, 0.5, 8, 0.25),
                new WriteRequest(List.of("id"), null, true));
        assertEquals(Map.of("id", 7, "score", 0.5),
                Roles.onlineQuery(target).getTableObject().lookup(Map.of("id", 7)).orElseThrow());
        assertEquals(2, Roles.offlineQuery(target).asDf(ReadRequest.all()).height());
    }

    @Test
    void anEngineTheDriverDoesNotDeclareIsAClearError() {
        BaseStoreTarget target = registry.newTarget("memory");
        EngineNotSupportedException e = assertThrows(EngineNotSupportedException.class,
                () -> Roles.pandas(registry.newTarget("nosql")));
        assertEquals("The 'nosql' driver (dev.driverkit.examples.targets.SpecOnlyTargets$Nosql) cannot be written on"
                + " Engine.PANDAS; it supports Engine.STOREY, Engine.SPARK. Use one of those engines, or add"
                + " Engine.PANDAS to its annotation's supports and the methods the compiler then asks for.",
                e.getMessage());
        EngineNotSupportedException offline = assertThrows(EngineNotSupportedException.class, () -> Roles.offline(target));
        assertTrue(offline.getMessage().contains("cannot tell its file layout (it is not an offline target)"),
                offline.getMessage());
        EngineNotSupportedException trigger = assertThrows(EngineNotSupportedException.class,
                () -> Roles.trigger(registry.newSource("csv")));
        assertTrue(trigger.getMessage().contains("cannot add a serving trigger (it is not an online source)"),
                trigger.getMessage());
    }
}
