package dev.driverkit.examples.demo;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.parquet.ParquetEventWriter;
import dev.driverkit.examples.parquet.ParquetSource;
import dev.driverkit.examples.parquet.ParquetTarget;
import dev.driverkit.examples.support.Events;
import dev.driverkit.examples.support.LocalSpark;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * What driverkit does, end to end: lists the registry, writes and reads a spec, reads one CSV file
 * with the csv source on PANDAS, STOREY and SPARK, showing that the engines return the same rows,
 * writes those rows through the parquet target on SPARK and on STOREY and reads them back with
 * {@code asDf} and the parquet source, checks the registry inside Spark tasks, and prints each driver's
 * spec JSON.
 *
 * <p>Run it with {@code mvn -B -q install -DskipTests -Pdemo} from the project root (Spark needs the
 * JVM flags the profile passes). The one argument is the folder for the sample data and the parquet
 * output. Submitted with Spark's launcher ({@code spark-submit --master spark://host:7077 --class
 * dev.driverkit.examples.demo.Demo --jars <DFLib, DuckDB> driverkit-examples-<version>-all.jar <folder>}),
 * the same code runs its Spark work on the cluster: see {@code examples/scripts/spark-submit-check.sh}.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        Path folder = Path.of(args.length > 0 ? args[0] : "target/demo");
        DriverRegistry registry = DriverRegistry.load();

        section("Registry (DriverRegistry.load())");
        System.out.printf("  %-9s %-8s %-24s %-30s %s%n", "direction", "kind", "engines", "flags", "class");
        for (DriverInfo info : registry.sources()) {
            printDriver(info);
        }
        for (DriverInfo info : registry.targets()) {
            printDriver(info);
        }
        if (registry.targets().isEmpty()) {
            System.out.println("  (no target drivers on the class path)");
        }

        section("Sample data");
        Path file = SampleData.write(folder.resolve("transactions.csv"));
        System.out.printf("  %s: %d rows, %d bytes, columns %s%n", file, SampleData.ROWS, Files.size(file), SampleData.COLUMNS);

        section("Spec JSON (registry.writeSpec / registry.readSource)");
        CsvSource configured = CsvSource.of("transactions", file.toString()).setParseDates(List.of(SampleData.TIME));
        configured.setKeyField(SampleData.KEY);
        configured.setTimeField(SampleData.TIME);
        String json = registry.writeSpec(configured);
        System.out.println("  written:   " + json);
        BaseSourceDriver read = registry.readSource(json);
        System.out.println("  read back: " + read.getClass().getName() + " (kind " + read.kind() + ", key_field "
                + read.getKeyField() + ", time_field " + read.getTimeField() + ")");
        boolean sameSpec = registry.writeSpec(read).equals(json);
        System.out.println("  written again, identical: " + sameSpec);
        CsvSource source = (CsvSource) read;

        section("Reading " + file.getFileName() + " on each engine: every row");
        Map<Engine, RowChecksum> all = new EnumMap<>(Engine.class);
        all.put(Engine.PANDAS, timed("PANDAS", () -> RowChecksum.of(source.toDataframe(ReadRequest.all()))));
        all.put(Engine.STOREY, timed("STOREY", () -> {
            List<Event> events = Events.collect(source.toStep(StepRequest.fromSpec()));
            return RowChecksum.ofEvents(events);
        }));
        System.out.printf("  %-7s starting a session on %s ...%n", "SPARK", System.getProperty("spark.master", "local[2]"));
        long sparkStart = System.nanoTime();
        SparkSession spark = LocalSpark.start("driverkit-demo");
        System.out.printf("  %-7s Spark %s ready  (%.2f s); options %s%n", "SPARK", spark.version(), seconds(sparkStart),
                source.getSparkOptions());
        boolean agree;
        boolean executorsAgree;
        Specs specs = new Specs();
        specs.sources.put("csv", json);
        try {
            all.put(Engine.SPARK, timed("SPARK", "reading with Spark's CSV reader",
                    () -> RowChecksum.of(source.toSparkDf(spark, ReadRequest.all()))));
            agree = agree(all);

            ReadRequest slice = ReadRequest.all()
                    .withColumns(List.of("id", "ts", "amount"))
                    .withTimeRange(SampleData.START.plusDays(1), SampleData.START.plusDays(2));
            section("Reading on each engine: columns " + slice.columns() + ", " + slice.startTime() + " < ts <= "
                    + slice.endTime());
            Map<Engine, RowChecksum> some = new EnumMap<>(Engine.class);
            some.put(Engine.PANDAS, timed("PANDAS", () -> RowChecksum.of(source.toDataframe(slice))));
            some.put(Engine.SPARK, timed("SPARK", "filtering with Spark",
                    () -> RowChecksum.of(source.toSparkDf(spark, slice))));
            System.out.println("  (STOREY streams every row; its requests carry no range)");
            agree &= agree(some);

            agree &= parquet(registry, folder, source, spark, all.get(Engine.PANDAS), specs);
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
        boolean ok = agree && sameSpec && executorsAgree;
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
     * The sample through the parquet target: written on SPARK and on STOREY, read back with asDf
     * (DuckDB, no Spark) and with the parquet source on both of its engines; every read must match the
     * csv source's rows.
     */
    private static boolean parquet(DriverRegistry registry, Path folder, CsvSource csv, SparkSession spark,
            RowChecksum expected, Specs specs) throws Exception {
        Path sparkOut = folder.resolve("parquet-spark");
        section("Writing the sample through the parquet target on SPARK");
        String sparkSpec = "{\"kind\":\"parquet\",\"name\":\"transactions\",\"path\":" + quote(sparkOut.toString())
                + ",\"time_partitioning_granularity\":\"day\"}";
        ParquetTarget sparkTarget = (ParquetTarget) registry.readTarget(sparkSpec);
        specs.targets.put("parquet", registry.writeSpec(sparkTarget));
        WriteRequest write = new WriteRequest(List.of(SampleData.KEY), SampleData.TIME, true);
        System.out.println("  spec:    " + specs.targets.get("parquet"));
        System.out.println("  options: " + sparkTarget.getSparkOptions(write) + " (overwrite, MLRun's day partitions)");
        timed("SPARK", "writing with Spark's parquet writer (staged, then moved into place)", () -> {
            sparkTarget.writeSparkDf(csv.toSparkDf(spark, ReadRequest.all()), write);
            return describeOutput(sparkOut);
        });

        section("Reading it back");
        Map<String, RowChecksum> back = new LinkedHashMap<>();
        back.put("csv (PANDAS)", expected);
        back.put("asDf", timed("asDf", "reading with DuckDB into a DFLib frame (no Spark)",
                () -> RowChecksum.of(sparkTarget.asDf(ReadRequest.all()))));
        ParquetSource parquetSource = ParquetSource.of("transactions", sparkOut.toString());
        parquetSource.setKeyField(SampleData.KEY);
        parquetSource.setTimeField(SampleData.TIME);
        specs.sources.put("parquet", registry.writeSpec(parquetSource));
        ReadRequest sampleColumns = ReadRequest.all().withColumns(SampleData.COLUMNS);
        back.put("parquet source SPARK", timed("SPARK", "the parquet source, Spark's reader",
                () -> RowChecksum.of(parquetSource.toSparkDf(spark, sampleColumns))));
        back.put("parquet source PANDAS", timed("PANDAS", "the parquet source, DuckDB",
                () -> RowChecksum.of(parquetSource.toDataframe(sampleColumns))));
        boolean agree = agreeByName(back);

        Path storeyOut = folder.resolve("parquet-storey");
        section("Streaming the csv source's STOREY events into the parquet target on STOREY");
        deleteRecursively(storeyOut);
        ParquetTarget storeyTarget = (ParquetTarget) registry.readTarget("{\"kind\":\"parquet\",\"name\":\"stream\","
                + "\"path\":" + quote(storeyOut.toString()) + ",\"time_partitioning_granularity\":\"day\",\"max_events\":250}");
        System.out.println("  spec:    " + registry.writeSpec(storeyTarget));
        timed("STOREY", "events in batches of 250, each batch staged and then moved into place", () -> {
            ParquetEventWriter writer = (ParquetEventWriter) storeyTarget.addWriterStep(
                    new WriterStepRequest(null, List.of(), List.of(SampleData.KEY), SampleData.TIME));
            csv.toStep(StepRequest.fromSpec()).subscribe(writer);
            ParquetEventWriter.Result result = writer.await(Duration.ofMinutes(5));
            return result.rows() + " rows in " + result.files() + " files; " + describeOutput(storeyOut);
        });
        Map<String, RowChecksum> streamed = new LinkedHashMap<>();
        streamed.put("csv (PANDAS)", expected);
        streamed.put("asDf", timed("asDf", () -> RowChecksum.of(storeyTarget.asDf(ReadRequest.all()))));
        streamed.put("parquet source SPARK", timed("SPARK", () -> RowChecksum.of(
                ParquetSource.of("stream", storeyOut.toString()).toSparkDf(spark, sampleColumns))));
        return agreeByName(streamed) && agree;
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

    /** Data files, partition folders and bytes under a parquet output folder. */
    private static String describeOutput(Path root) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(file -> file.getFileName().toString().endsWith(".parquet")
                            && !file.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
            long bytes = 0;
            for (Path file : files) {
                bytes += Files.size(file);
            }
            long partitions = files.stream().map(Path::getParent).distinct().count();
            return files.size() + " files in " + partitions + " partition folders (" + root.relativize(files.get(0).getParent())
                    + ", ...), " + bytes / 1024 + " KiB";
        }
    }

    private static void deleteRecursively(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        System.out.println("  (removed the previous run's " + root.getFileName() + ")");
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void printDriver(DriverInfo info) {
        System.out.printf("  %-9s %-8s %-24s %-30s %s%n", info.direction().noun(), info.kind(), info.engines(),
                info.flags().isEmpty() ? "-" : String.join(",", info.flags()), info.driverClassName());
    }

    private static boolean agree(Map<Engine, RowChecksum> results) {
        boolean agree = results.values().stream().distinct().count() == 1;
        System.out.println(agree
                ? "  => " + results.keySet() + " agree: " + results.values().iterator().next()
                : "  => MISMATCH: " + results);
        return agree;
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
