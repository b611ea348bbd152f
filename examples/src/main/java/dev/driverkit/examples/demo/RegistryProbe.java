package dev.driverkit.examples.demo;

import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.io.Serializable;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.SparkEnv;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;

/**
 * The registry as Spark tasks see it: each task loads {@link DriverRegistry} in the JVM it runs in (an
 * executor, on a cluster), lists the drivers and reads and writes back the given specs. This is where a
 * registry or serializer that depended on state of the driver JVM would break: only the application
 * jar is shipped to executors.
 */
public final class RegistryProbe {
    private RegistryProbe() {}

    /**
     * What one task saw.
     *
     * @param executor Spark's executor id ("driver" in local mode)
     * @param jvm the task's JVM, {@code pid@host}
     * @param kinds the drivers it found, {@code source:csv}, {@code target:parquet}, ...
     * @param specsRoundTrip whether every spec read and written back unchanged there
     */
    public record Sighting(String executor, String jvm, List<String> kinds, boolean specsRoundTrip) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Runs {@code tasks} tasks and returns what each saw. */
    public static List<Sighting> run(SparkSession session, int tasks, List<String> sourceSpecs, List<String> targetSpecs) {
        List<String> lines = session.range(0, tasks, 1, tasks)
                .mapPartitions(new Probe(sourceSpecs, targetSpecs), Encoders.STRING())
                .collectAsList();
        List<Sighting> sightings = new ArrayList<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            sightings.add(new Sighting(parts[0], parts[1], parts[2].isEmpty() ? List.of() : List.of(parts[2].split(",")),
                    Boolean.parseBoolean(parts[3])));
        }
        return sightings;
    }

    /** The drivers {@code registry} lists, as {@code direction:kind}. */
    public static List<String> kinds(DriverRegistry registry) {
        List<String> kinds = new ArrayList<>();
        for (DriverInfo info : registry.sources()) {
            kinds.add("source:" + info.kind());
        }
        for (DriverInfo info : registry.targets()) {
            kinds.add("target:" + info.kind());
        }
        return kinds;
    }

    /** This JVM, {@code pid@host}. */
    public static String jvm() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return ProcessHandle.current().pid() + "@" + host;
    }

    /** The task: a tab-separated line (executor, JVM, kinds, specs round trip). */
    private static final class Probe implements MapPartitionsFunction<Long, String> {
        private static final long serialVersionUID = 1L;
        private final ArrayList<String> sourceSpecs;
        private final ArrayList<String> targetSpecs;

        Probe(List<String> sourceSpecs, List<String> targetSpecs) {
            this.sourceSpecs = new ArrayList<>(sourceSpecs);
            this.targetSpecs = new ArrayList<>(targetSpecs);
        }

        @Override
        public Iterator<String> call(Iterator<Long> input) {
            DriverRegistry registry = DriverRegistry.load();
            boolean roundTrip = true;
            for (String spec : sourceSpecs) {
                roundTrip &= registry.writeSpec(registry.lenient().readSource(spec)).equals(spec);
            }
            for (String spec : targetSpecs) {
                roundTrip &= registry.writeSpec(registry.lenient().readTarget(spec)).equals(spec);
            }
            SparkEnv env = SparkEnv.get();
            String executor = env == null ? "?" : env.executorId();
            return List.of(executor + "\t" + jvm() + "\t" + String.join(",", kinds(registry)) + "\t" + roundTrip).iterator();
        }
    }
}
