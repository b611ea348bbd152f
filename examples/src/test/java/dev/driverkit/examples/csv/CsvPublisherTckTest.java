package dev.driverkit.examples.csv;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Tck;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * Reactive Streams' TCK on the csv source's STOREY publisher, over files of as many rows as each rule
 * asks for. The source infers its column types from the whole file before it publishes, so the file must
 * exist in full: {@link #maxElementsFromPublisher()} is finite and rule 3.17's 2^31-element case is left
 * to {@code PullPublisherTckTest} and {@code SqlPublisherTckTest}, which run the same publisher code.
 */
public class CsvPublisherTckTest extends FlowPublisherVerification<Event> {
    private Path folder;

    public CsvPublisherTckTest() {
        super(Tck.environment());
    }

    @BeforeClass
    public void createFolder() throws IOException {
        folder = Files.createTempDirectory("driverkit-csv-tck");
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
    public Flow.Publisher<Event> createFlowPublisher(long elements) {
        Path file = folder.resolve(elements + "-rows.csv");
        if (!Files.exists(file)) {
            write(file, elements);
        }
        return CsvSource.of("tck", file.toString()).toStep(new StepRequest("id", null, null));
    }

    @Override
    public Flow.Publisher<Event> createFailedFlowPublisher() {
        return null; // see Tck: the file is opened at the first request
    }

    @Override
    public long maxElementsFromPublisher() {
        return 10_000;
    }

    private static void write(Path file, long rows) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("id,name\n");
            for (long i = 0; i < rows; i++) {
                out.write(i + ",row " + i + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
