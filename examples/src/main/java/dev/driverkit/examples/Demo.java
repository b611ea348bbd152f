package dev.driverkit.examples;

import dev.driverkit.BaseSourceDriver;
import dev.driverkit.Engine;
import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * What driverkit does, end to end: lists the registry, writes and reads a spec, and reads one CSV file
 * with the csv source on PANDAS, STOREY and SPARK, showing that the engines return the same rows.
 *
 * <p>Run it with {@code mvn -B -q install -DskipTests -Pdemo} from the project root (Spark needs the
 * JVM flags the profile passes). The one argument is the folder for the sample data.
 */
public final class Demo {
    private Demo() {}

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        Path folder = Path.of(args.length > 0 ? args[0] : "target/demo");
        DriverRegistry registry = DriverRegistry.load();

        section("Registry (DriverRegistry.load())");
        System.out.printf("  %-9s %-8s %-24s %-8s %s%n", "direction", "kind", "engines", "flags", "class");
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
        System.out.printf("  %-7s starting a local[2] session ...%n", "SPARK");
        long sparkStart = System.nanoTime();
        SparkSession spark = LocalSpark.start("driverkit-demo");
        System.out.printf("  %-7s Spark %s ready  (%.2f s); options %s%n", "SPARK", spark.version(), seconds(sparkStart),
                source.getSparkOptions());
        boolean agree;
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
        } finally {
            spark.stop();
        }

        section("Done");
        boolean ok = agree && sameSpec;
        System.out.printf("  %s in %.1f s%n", ok ? "All engines agree" : "MISMATCH", seconds(began));
        if (!ok) {
            System.exit(1);
        }
    }

    private static void printDriver(DriverInfo info) {
        System.out.printf("  %-9s %-8s %-24s %-8s %s%n", info.direction().noun(), info.kind(), info.engines(),
                info.flags().isEmpty() ? "-" : String.join(",", info.flags()), info.driverClassName());
    }

    private static boolean agree(Map<Engine, RowChecksum> results) {
        boolean agree = results.values().stream().distinct().count() == 1;
        System.out.println(agree
                ? "  => " + results.keySet() + " agree: " + results.values().iterator().next()
                : "  => MISMATCH: " + results);
        return agree;
    }

    private static <T> T timed(String engine, Supplier<T> step) {
        long start = System.nanoTime();
        T result = step.get();
        System.out.printf("  %-7s %s  (%.2f s)%n", engine, result, seconds(start));
        return result;
    }

    /** A step that may take more than a second: says so before it starts. */
    private static <T> T timed(String engine, String what, Supplier<T> step) {
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
