package dev.driverkit.registry;

import static dev.driverkit.registry.RegistryFixtures.CSV_CLASS;
import static dev.driverkit.registry.RegistryFixtures.HTTP_CLASS;
import static dev.driverkit.registry.RegistryFixtures.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.driverkit.spec.SpecException;
import dev.driverkit.testdrivers.KvTestTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;

/**
 * Fuzzes the spec readers with Jazzer: whatever the input, reading gives a driver or a
 * {@link SpecException} (nothing else), with a short one-line message that names no path of this
 * machine, within a bounded time; and a driver read and written reads back to the same text when
 * written again.
 *
 * <p>The first byte of an input picks the reader (source or target, strict or lenient); the rest is the
 * spec, as UTF-8. The targets are the test drivers: csv (a few attributes), http (none), inner (a nested
 * class) and kv (a field of every type of the table).
 *
 * <p>In a normal build this runs in regression mode: the empty input and every file under
 * {@code src/test/resources/dev/driverkit/registry/SpecFuzzTestInputs/specReaders}, the seeds and past
 * findings. {@code mvn -pl runtime test -Pfuzz} fuzzes for a minute ({@code -Dfuzz.seconds=N} for
 * longer); a finding is written to that folder, so it stays a regression test once fixed.
 */
class SpecFuzzTest {
    /** A read that takes longer is a finding (hostile input must cost little). */
    private static final long MAX_MILLIS_PER_INPUT = 2_000;
    /** A message echoes at most a few excerpts of the input; a driver's attribute list is the longest part. */
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private static Path dir;
    private static URLClassLoader loader;
    private static DriverRegistry registry;

    /** Made on first use: Jazzer may run the test before JUnit's other callbacks in fuzzing mode. */
    private static synchronized DriverRegistry registry() {
        if (registry == null) {
            try {
                dir = Files.createTempDirectory("driverkit-fuzz");
                Path classes = root()
                        .source("csv", CSV_CLASS, "STOREY,SPARK")
                        .source("http", HTTP_CLASS, "STOREY", "online=true")
                        .source("inner", "dev.driverkit.testdrivers.Outer$Inner", "STOREY")
                        .target("kv", KvTestTarget.class.getName(), "STOREY", "online=true")
                        .folder(dir.resolve("classes"));
                // not a RecordingLoader: it keeps every request, and fuzzing makes millions
                loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, SpecFuzzTest.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            registry = DriverRegistry.load(loader);
            warmUp(registry);
        }
        return registry;
    }

    /**
     * Reads one spec of each driver with each reader before any input is timed: the first reads load
     * and (when fuzzing) instrument Jackson's and driverkit's classes, which takes seconds once.
     */
    private static void warmUp(DriverRegistry registry) {
        for (DriverRegistry reader : new DriverRegistry[] {registry, registry.lenient()}) {
            for (String kind : new String[] {"csv", "http", "inner"}) {
                reader.writeSpec(reader.readSource("{\"kind\":\"" + kind + "\",\"name\":\"n\",\"start_time\":\"2024-01-01T00:00:00Z\"}"));
            }
            reader.writeSpec(reader.readTarget("{\"kind\":\"kv\",\"attributes\":{\"filter\":[1.5,1e400,{\"a\":null}],"
                    + "\"since\":\"2024-01-01T00:00:00Z\",\"timeout\":\"PT1M\",\"mode\":\"SAFE\"}}"));
            try {
                reader.readSource("{\"kind\":\"cvs\"}");
            } catch (SpecException expected) {
                // the path of an error, warmed up too
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        if (loader != null) {
            loader.close();
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "spec.dict")
    void specReaders(byte[] input) {
        if (input.length == 0) {
            return;
        }
        int reader = input[0] & 3;
        String json = new String(Arrays.copyOfRange(input, 1, input.length), StandardCharsets.UTF_8);
        DriverRegistry strict = registry(); // warmed up before the clock starts
        DriverRegistry registry = (reader & 2) == 0 ? strict : strict.lenient();
        boolean source = (reader & 1) == 0;
        long start = System.nanoTime();
        String first;
        try {
            first = source ? registry.writeSpec(registry.readSource(json)) : registry.writeSpec(registry.readTarget(json));
        } catch (SpecException e) {
            assertTimely(start);
            checkMessage(e, json);
            return;
        }
        String second = source ? registry.writeSpec(registry.readSource(first)) : registry.writeSpec(registry.readTarget(first));
        assertEquals(first, second, "a second write of what was read equals the first");
        assertTimely(start);
    }

    private static void assertTimely(long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < MAX_MILLIS_PER_INPUT, "took " + millis + " ms");
    }

    private static void checkMessage(SpecException e, String json) {
        String message = e.getMessage();
        assertTrue(message.length() <= MAX_MESSAGE_CHARS, () -> message.length() + " chars: " + message.substring(0, 300));
        assertFalse(message.contains("\n") || message.contains("\r"), () -> "one line: " + message);
        // Only for an input without '/' or '\\': no JSON string it holds can then spell the folder's path
        // (the fuzzer learns that path from this very comparison, and would echo it in a key)
        if (json.indexOf('/') < 0 && json.indexOf('\\') < 0) {
            assertFalse(message.contains(dir.toString()), () -> "no path of this machine: " + message);
        }
        assertTrue(e.path().startsWith("$"), e.path());
    }
}
