package dev.driverkit.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * javac loads the processor from {@code -processorpath}, as in a user's build: a path without jackson-core gets one coded error (DK098), not "processor threw an exception".
 */
class ProcessorPathTest {
    @Test
    void processorPathWithoutJacksonIsACodedError(@TempDir Path dir) throws IOException {
        List<String> classPath = Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        String processorPath = classPath.stream()
                .filter(entry -> entry.endsWith("processor/target/classes") || entry.contains("driverkit-runtime")
                        || entry.endsWith("runtime/target/classes") || entry.contains("javapoet"))
                .collect(Collectors.joining(File.pathSeparator));
        Path source = Files.writeString(dir.resolve("CsvSource.java"), """
                import dev.driverkit.*;
                import dev.driverkit.engine.*;
                import java.util.concurrent.Flow;

                @SourceDriver(kind = "csv", supports = {Engine.STOREY})
                public class CsvSource extends BaseSourceDriver {
                    public Flow.Publisher<Event> toStep(StepRequest request) { return null; }
                }
                """);
        // A javac process of its own: in-process, the processor's class loader would see this JVM's Jackson.
        Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
        Process process = new ProcessBuilder(javac.toString(), "-d", dir.toString(), "-cp",
                System.getProperty("java.class.path"), "-processorpath", processorPath, source.toString())
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, waitFor(process), out);
        assertTrue(out.startsWith("error: [DK098] driverkit-processor cannot start: com.fasterxml.jackson.core."), out);
        assertTrue(out.contains("-processorpath driverkit-processor.jar:driverkit-runtime.jar:jackson-core.jar"), out);
        assertTrue(out.contains("1 error"), out);
        assertFalse(out.contains("uncaught exception"), out);
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
