package dev.driverkit.examples.demo;

import dev.driverkit.Engine;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.ingest.Ingest;
import dev.driverkit.ingest.IngestResult;
import dev.driverkit.ingest.OnlineLookup;
import dev.driverkit.ingest.TargetResult;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.SparkSession;

/**
 * What driverkit does, end to end. First what it is for: a draft driver compiled with the real
 * processor, and the coded errors its author reads. Then the drivers at work, driven only by the
 * generic {@link Ingest} through the registry and the engine roles (no example driver class appears
 * here): a CSV file into the parquet and memory targets on PANDAS, STOREY and SPARK, each written
 * result read back and compared with the csv source's own rows, and a feature-vector lookup over the
 * memory tables ({@link OnlineLookup}). Last, the registry inside Spark tasks and every driver's spec.
 *
 * <p>Run it with {@code mvn -B -q install -DskipTests -Pdemo} from the project root (Spark needs the
 * JVM flags the profile passes). The one argument is the folder for the sample data and the output.
 * Submitted with Spark's launcher ({@code spark-submit --master spark://host:7077 --class
 * dev.driverkit.examples.demo.Demo --jars <DFLib, DuckDB> driverkit-examples-<version>-all.jar <folder>}),
 * the same code runs its Spark work on the cluster: see {@code examples/scripts/spark-submit-check.sh}.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        Path folder = Path.of(args.length > 0 ? args[0] : "target/demo").toAbsolutePath();
        DriverRegistry registry = DriverRegistry.load();

        section("A draft driver, compiled: what its author reads (javac + driverkit-processor)");
        System.out.println(indent(DraftDriver.RESOURCE.substring(1) + ":\n"
                + new String(Demo.class.getResourceAsStream(DraftDriver.RESOURCE).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)));
        String javac = DraftDriver.compile(folder);
        boolean guided = true;
        if (javac != null) {
            System.out.println("  javac prints:");
            System.out.println(indent(javac));
            guided = javac.contains("[DK015]") && javac.contains("[DK022]") && javac.contains("[DK033]");
            System.out.println(guided ? "  => every mistake named in one compile, each with its fix"
                    : "  => MISSING a diagnostic the draft should get");
        }

        section("Registry (DriverRegistry.load())");
        System.out.printf("  %-9s %-8s %-24s %-30s %s%n", "direction", "kind", "engines", "flags", "class");
        registry.sources().forEach(Demo::printDriver);
        registry.targets().forEach(Demo::printDriver);

        section("Sample data");
        Path file = SampleData.write(folder.resolve("transactions.csv"));
        System.out.printf("  %s: %d rows, %d bytes, columns %s%n", file, SampleData.ROWS, Files.size(file), SampleData.COLUMNS);
        String csv = "{\"kind\": \"csv\", \"name\": \"transactions\", \"path\": " + quote(file.toString())
                + ", \"key_field\": \"" + SampleData.KEY + "\", \"time_field\": \"" + SampleData.TIME + "\"}";
        System.out.println("  source spec: " + csv);
        RowChecksum direct = RowChecksum.of(Roles.pandas(registry.readSource(csv)).toDataframe(ReadRequest.all()));
        System.out.println("  read directly (csv source, PANDAS): " + direct);

        System.out.printf("%n  starting Spark on %s ...%n", System.getProperty("spark.master", "local[2]"));
        long sparkStart = System.nanoTime();
        SparkSession spark = LocalSpark.start("driverkit-demo");
        System.out.printf("  Spark %s ready  (%.2f s)%n", spark.version(), seconds(sparkStart));
        boolean agree = true;
        boolean executorsAgree;
        Specs specs = new Specs();
        specs.sources.put("csv", registry.writeSpec(registry.readSource(csv)));
        try {
            for (Engine engine : List.of(Engine.PANDAS, Engine.STOREY, Engine.SPARK)) {
                agree &= ingest(registry, folder, csv, engine, spark, direct, specs);
            }
            agree &= lookup(registry);
            executorsAgree = registryInTasks(registry, spark, specs);
        } finally {
            spark.stop();
        }

        section("Spec JSON of each driver (registry.writeSpec)");
        for (DriverInfo info : registry.sources()) {
            String spec = specs.sources.getOrDefault(info.kind(), registry.writeSpec(registry.newSource(info.kind())));
            System.out.printf("  source %-8s %s%n", info.kind(), spec);
        }
        for (DriverInfo info : registry.targets()) {
            String spec = specs.targets.getOrDefault(info.kind(), registry.writeSpec(registry.newTarget(info.kind())));
            System.out.printf("  target %-8s %s%n", info.kind(), spec);
        }

        section("Done");
        boolean ok = guided && agree && executorsAgree;
        System.out.printf("  %s in %.1f s%n", ok ? "All engines agree" : "MISMATCH", seconds(began));
        if (!ok) {
            System.exit(1);
        }
    }

    /** The spec JSON of each driver the demo configured, by kind. */
    private static final class Specs {
        final Map<String, String> sources = new TreeMap<>();
        final Map<String, String> targets = new TreeMap<>();
    }

    /**
     * The csv file into every example target that supports the engine (the registry says which), then
     * each target's data read back and compared with the csv source's rows.
     */
    private static boolean ingest(DriverRegistry registry, Path folder, String csv, Engine engine, SparkSession spark,
            RowChecksum direct, Specs specs) throws Exception {
        section("Ingest on " + engine + ": csv -> every target that supports " + engine);
        Map<String, String> targets = new LinkedHashMap<>();
        Path parquet = folder.resolve("parquet-" + engine.name().toLowerCase(java.util.Locale.ROOT));
        deleteRecursively(parquet);
        targets.put("parquet", "{\"kind\": \"parquet\", \"name\": \"history\", \"path\": "
                + quote(parquet + "/") + "}");
        targets.put("memory", "{\"kind\": \"memory\", \"name\": \"latest-" + engine + "\"}");
        Ingest ingest = Ingest.with(registry).source(csv).sparkSession(spark);
        List<String> written = new ArrayList<>();
        targets.forEach((kind, spec) -> {
            if (registry.target(kind).supports(engine)) {
                ingest.target(spec);
                written.add(kind);
                specs.targets.put(kind, registry.writeSpec(registry.readTarget(spec)));
            } else {
                System.out.println("  (" + kind + " does not support " + engine + ": " + registry.target(kind).engines() + ")");
            }
        });
        System.out.println("  Ingest.with(registry).source(csv)" + written.stream().map(k -> ".target(" + k + ")")
                .reduce("", String::concat) + ".run(Engine." + engine + ")");
        IngestResult result = ingest.run(engine);
        for (TargetResult target : result.targets()) {
            System.out.println("    " + target.summary());
        }
        Map<String, RowChecksum> back = new LinkedHashMap<>();
        back.put("csv read directly", direct);
        if (written.contains("parquet")) {
            String source = "{\"kind\": \"parquet\", \"path\": " + quote(parquet + "/") + "}";
            specs.sources.put("parquet", registry.writeSpec(registry.readSource(source)));
            back.put("parquet, read by the parquet source on SPARK", RowChecksum.of(
                    Roles.spark(registry.readSource(source)).toSparkDf(spark, ReadRequest.all()
                            .withColumns(SampleData.COLUMNS))));
        }
        if (written.contains("memory")) {
            back.put("memory, read back (asDf)", RowChecksum.of(
                    Roles.offlineQuery(registry.readTarget(targets.get("memory"))).asDf(ReadRequest.all())));
        }
        return agreeByName(back);
    }

    /** A feature vector by entity key from what the STOREY run wrote, and an unknown entity. */
    private static boolean lookup(DriverRegistry registry) {
        section("Feature-vector lookup (OnlineLookup over the memory target)");
        try (OnlineLookup lookup = OnlineLookup.open(registry, List.of("{\"kind\": \"memory\", \"name\": \"latest-STOREY\"}"))) {
            Map<String, Object> vector = lookup.get(Map.of(SampleData.KEY, 42));
            Map<String, Object> unknown = lookup.get(Map.of(SampleData.KEY, -1));
            System.out.println("  get(id=42) -> " + vector);
            System.out.println("  get(id=-1) -> " + unknown + " (an unknown entity is an empty vector)");
            return !vector.isEmpty() && unknown.isEmpty();
        }
    }

    /** Runs the registry probe in Spark tasks and compares what they found with the driver JVM's registry. */
    private static boolean registryInTasks(DriverRegistry registry, SparkSession spark, Specs specs) throws Exception {
        section("The registry inside Spark tasks (master " + spark.sparkContext().master() + ")");
        List<String> expected = RegistryProbe.kinds(registry);
        System.out.println("  driver JVM " + RegistryProbe.jvm() + ": " + expected);
        System.out.printf("  %-7s 2 tasks load DriverRegistry and read and write back %d specs ...%n", "SPARK",
                specs.sources.size() + specs.targets.size());
        long start = System.nanoTime();
        List<RegistryProbe.Sighting> sightings = RegistryProbe.run(spark, 2, List.copyOf(specs.sources.values()),
                List.copyOf(specs.targets.values()));
        System.out.printf("  %-7s %d tasks answered  (%.2f s)%n", "SPARK", sightings.size(), seconds(start));
        boolean ok = !sightings.isEmpty();
        for (RegistryProbe.Sighting sighting : sightings) {
            boolean same = sighting.kinds().equals(expected) && sighting.specsRoundTrip();
            ok &= same;
            System.out.printf("  task on executor %s, JVM %s%s: %s%n", sighting.executor(), sighting.jvm(),
                    sighting.jvm().equals(RegistryProbe.jvm()) ? " (the driver's JVM: local mode)" : " (another JVM)",
                    same ? "every driver found, specs read and written back unchanged"
                            : "MISMATCH: " + sighting.kinds() + ", specs round trip " + sighting.specsRoundTrip());
        }
        System.out.println(ok ? "  => every driver found in the tasks' registry" : "  => MISMATCH in the tasks' registry");
        return ok;
    }

    private static boolean agreeByName(Map<String, RowChecksum> results) {
        boolean agree = results.values().stream().distinct().count() == 1;
        System.out.println(agree
                ? "  => " + results.keySet() + " agree: " + results.values().iterator().next()
                : "  => MISMATCH: " + results);
        return agree;
    }



    private static void deleteRecursively(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String indent(String text) {
        return text.strip().lines().map(line -> "    " + line).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void printDriver(DriverInfo info) {
        System.out.printf("  %-9s %-8s %-24s %-30s %s%n", info.direction().noun(), info.kind(), info.engines(),
                info.flags().isEmpty() ? "-" : info.flags().stream().map(dev.driverkit.DriverFlag::key).collect(java.util.stream.Collectors.joining(",")), info.driverClassName());
    }


    /** A demo step: may throw anything. */
    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T timed(String engine, Step<T> step) throws Exception {
        long start = System.nanoTime();
        T result = step.run();
        System.out.printf("  %-7s %s  (%.2f s)%n", engine, result, seconds(start));
        return result;
    }

    /** A step that may take more than a second: says so before it starts. */
    private static <T> T timed(String engine, String what, Step<T> step) throws Exception {
        System.out.printf("  %-7s %s ...%n", engine, what);
        System.out.flush();
        return timed(engine, step);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void section(String title) {
        System.out.println();
        System.out.println("== " + title + " ==");
    }
}
