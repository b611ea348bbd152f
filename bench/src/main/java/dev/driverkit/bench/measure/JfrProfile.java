package dev.driverkit.bench.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Evidence for a missed goal: records one piece of work with JFR (the JDK's default settings, a stack sample
 * every 10 ms of Java code and every 20 ms of native code) and says which share of the samples fell into
 * which phase.
 */
final class JfrProfile {
    /**
     * A phase: its label and the frames (class name + "." + method, a prefix) that put a sample in it.
     * Phases are tried innermost frame first; an {@code outer} phase (a stage of the caller, such as one of
     * javac's compile stages) only takes the samples no inner phase took, the first listed that the stack
     * passes through.
     */
    record Phase(String label, List<String> frames, boolean outer) {
        Phase(String label, List<String> frames) {
            this(label, frames, false);
        }
    }

    private JfrProfile() {}

    static <T> T record(Path file, Supplier<T> work) {
        // the default settings (low overhead) with stack sampling every 10 ms (Java) and 20 ms (native)
        try (Recording recording = new Recording(Configuration.getConfiguration("default"))) {
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10)).withStackTrace();
            recording.enable("jdk.NativeMethodSample").withPeriod(java.time.Duration.ofMillis(20)).withStackTrace();
            recording.setToDisk(true);
            recording.start();
            T result = work.get();
            recording.stop();
            recording.dump(file);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * "phase: 41% (1234 of 3000 samples)" per phase, plus "other". Each sample counts once, in the phase of
     * its innermost frame that matches one (so a Filer check called from JavaPoet counts as the Filer's).
     */
    static List<String> shares(Path file, String thread, List<Phase> phases) {
        return shares(List.of(file), name -> thread == null || thread.equals(name), phases);
    }

    /** The same over several recordings, counting the samples of threads whose name {@code threads} accepts. */
    static List<String> shares(List<Path> files, Predicate<String> threads, List<Phase> phases) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        phases.forEach(p -> counts.put(p.label(), 0));
        counts.put("other", 0);
        int total = 0;
        for (Path file : files) {
            try (RecordingFile events = new RecordingFile(file)) {
                while (events.hasMoreEvents()) {
                    RecordedEvent event = events.readEvent();
                    String type = event.getEventType().getName();
                    if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample")) {
                        continue;
                    }
                    RecordedThread sampled = event.getThread("sampledThread");
                    if (sampled == null || !threads.test(sampled.getJavaName()) || event.getStackTrace() == null) {
                        continue;
                    }
                    total++;
                    counts.merge(phaseOf(event.getStackTrace().getFrames(), phases), 1, Integer::sum);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int all = total;
        return counts.entrySet().stream().map(e -> String.format(Locale.ROOT, "%-66s %3.0f%% (%d of %d samples)",
                e.getKey(), all == 0 ? 0 : 100.0 * e.getValue() / all, e.getValue(), all)).toList();
    }

    private static String phaseOf(List<RecordedFrame> frames, List<Phase> phases) {
        for (RecordedFrame frame : frames) { // innermost first
            String phase = match(frame, phases, false);
            if (phase != null) {
                return phase;
            }
        }
        for (Phase phase : phases) { // stages: the first listed that the stack passes through
            if (phase.outer() && frames.stream().anyMatch(frame -> match(frame, List.of(phase), true) != null)) {
                return phase.label();
            }
        }
        return "other";
    }

    private static String match(RecordedFrame frame, List<Phase> phases, boolean outer) {
        if (!frame.isJavaFrame()) {
            return null;
        }
        String name = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
        for (Phase phase : phases) {
            if (phase.outer() == outer && phase.frames().stream().anyMatch(name::startsWith)) {
                return phase.label();
            }
        }
        return null;
    }
}
