package dev.driverkit.examples.csv;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.CancellationContract;
import dev.driverkit.examples.support.OpenFiles;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Cancelling the csv source's stream closes the file: the JVM holds no handle on it afterwards (/proc/self/fd). */
class CsvCancellationTest extends CancellationContract {
    /** Long enough that the reading thread is still at it when the test cancels. */
    private static final int ENDLESS_ROWS = 500_000;

    @TempDir
    static Path folder;
    private Path file;

    @BeforeAll
    static void linux() {
        assumeTrue(OpenFiles.listed(), "needs /proc/self/fd to see which files the JVM holds open");
    }

    @Override
    protected Flow.Publisher<Event> publisher(long rows) throws IOException {
        file = write(folder.resolve(rows + ".csv"), rows);
        return CsvSource.of("cancel", file.toString()).toStep(new StepRequest("id", null, null));
    }

    @Override
    protected Flow.Publisher<Event> endlessPublisher() throws IOException {
        return publisher(ENDLESS_ROWS);
    }

    @Override
    protected long held() throws IOException {
        return OpenFiles.on(file);
    }

    private static Path write(Path file, long rows) throws IOException {
        if (!Files.exists(file)) {
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("id,name\n");
                for (long i = 1; i <= rows; i++) {
                    out.write(i + ",row " + i + "\n");
                }
            }
        }
        return file;
    }
}
