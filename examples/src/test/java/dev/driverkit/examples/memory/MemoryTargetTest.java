package dev.driverkit.examples.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.registry.DriverRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** The in-memory online target: written from a stream and from a frame, queried by entity key. */
class MemoryTargetTest {
    private final MemoryTarget target = (MemoryTarget) DriverRegistry.load().newTarget("memory");

    /** Memory tables are shared by name in the JVM: each test gets its own. */
    @org.junit.jupiter.api.BeforeEach
    void ownTable(org.junit.jupiter.api.TestInfo test) {
        MemoryTarget.dropAll();
        target.setName("memory-target-test-" + test.getDisplayName());
    }

    @Test
    void streamedEventsServeTheLatestValuesByKey() throws Exception {
        MemoryEventWriter writer = (MemoryEventWriter) target.addWriterStep(
                new WriterStepRequest(null, List.of("amount", "category"), List.of("id"), null));
        try (SubmissionPublisher<Event> stream = new SubmissionPublisher<>()) {
            stream.subscribe(writer);
            stream.submit(Event.of(Map.of("id", 1, "amount", 10.0, "category", "a", "ignored", "x")));
            stream.submit(Event.of(Map.of("id", 2, "amount", 20.0, "category", "b")));
            stream.submit(Event.of(Map.of("id", 1, "amount", 11.5, "category", "a")));
        }
        assertEquals(3L, writer.completion().get(10, TimeUnit.SECONDS).rows());
        FeatureTable table = target.getTableObject();
        assertEquals(Map.of("amount", 11.5, "category", "a"), table.lookup(Map.of("id", 1)).orElseThrow());
        assertEquals(Map.of("amount", 20.0, "category", "b"), table.lookup(Map.of("id", 2)).orElseThrow());
        assertEquals(Optional.empty(), table.lookup(Map.of("id", 3)));
    }

    @Test
    void anEventWithoutKeyCancelsTheStreamAndFailsTheWriterInsteadOfThrowingToThePublisher() throws Exception {
        target.setName("latest");
        MemoryEventWriter writer = (MemoryEventWriter) target.addWriterStep(
                new WriterStepRequest(null, List.of(), List.of("id"), null));
        AtomicBoolean cancelled = new AtomicBoolean();
        writer.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {}

            @Override
            public void cancel() {
                cancelled.set(true);
            }
        });
        writer.onNext(Event.of(Map.of("id", 1, "amount", 1.0)));
        writer.onNext(Event.of(Map.of("user", 7, "amount", 2.0))); // returns normally (rule 2.13)
        writer.onNext(Event.of(Map.of("id", 3, "amount", 3.0))); // after the failure: dropped

        assertTrue(cancelled.get(), "the subscription is cancelled");
        ExecutionException failure = assertThrows(ExecutionException.class, () -> writer.completion().get(1, TimeUnit.SECONDS));
        assertTrue(failure.getCause().getMessage().startsWith(
                "memory target 'latest': an event has no key (no event key and no 'id' value): {"), failure.getCause().getMessage());
        assertEquals(1, target.asDf(ReadRequest.all()).height(), "what came before the failure stays");
    }

    @Test
    void framesAreUpsertedAndReadBack() {
        DataFrame first = DataFrame.foldByRow("id", "amount").of(1, 1.0, 2, 2.0);
        DataFrame second = DataFrame.foldByRow("id", "amount").of(2, 2.5, 3, 3.0);
        target.writeDataframe(first, new WriteRequest(List.of("id"), null, true));
        target.writeDataframe(second, new WriteRequest(List.of("id"), null, false));
        DataFrame back = target.asDf(new ReadRequest(List.of("id", "amount"), null, null, null, null, null));
        assertEquals(3, back.height());
        assertEquals(Map.of("id", 2, "amount", 2.5), target.getTableObject().lookup(Map.of("id", 2)).orElseThrow());
        target.writeDataframe(second, new WriteRequest(List.of("id"), null, true));
        assertEquals(2, target.asDf(ReadRequest.all()).height(), "overwrite replaces the table");
    }

    @Test
    void aFrameWithoutTheKeyColumnIsRefusedByName() {
        DataFrame frame = DataFrame.foldByRow("user", "amount").of(1, 1.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.writeDataframe(frame, new WriteRequest(List.of(), null, true)));
        assertTrue(e.getMessage().contains("the frame has no key column 'id'; its columns are [user, amount]"),
                e.getMessage());
    }
}
