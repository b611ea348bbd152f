package dev.driverkit.examples.parquet;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.support.Tck;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.reactivestreams.tck.flow.FlowSubscriberBlackboxVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/** Reactive Streams' TCK (black box) on the parquet target's STOREY writer, each writer into a folder of its own. */
public class ParquetWriterTckTest extends FlowSubscriberBlackboxVerification<Event> {
    private static final WriterStepRequest STEP = new WriterStepRequest(null, List.of(), List.of("id"), null);
    private final AtomicInteger writers = new AtomicInteger();
    private Path folder;

    public ParquetWriterTckTest() {
        super(Tck.environment());
    }

    @BeforeClass
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory("driverkit-parquet-tck");
    }

    @AfterClass(alwaysRun = true)
    public void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Override
    public Flow.Subscriber<Event> createFlowSubscriber() {
        ParquetTarget target = ParquetTarget.of("tck", folder.resolve("writer-" + writers.incrementAndGet()).toString());
        return target.addWriterStep(STEP);
    }

    @Override
    public Event createElement(int element) {
        return Tck.event(element);
    }
}
