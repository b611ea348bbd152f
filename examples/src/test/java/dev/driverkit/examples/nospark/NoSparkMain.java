package dev.driverkit.examples.nospark;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.parquet.ParquetEventWriter;
import dev.driverkit.examples.parquet.ParquetSource;
import dev.driverkit.examples.parquet.ParquetTarget;
import dev.driverkit.examples.support.Events;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Run by {@code NoSparkClassPathTest} in a JVM whose class path has no Spark, Scala or Hadoop jar: the
 * csv source on PANDAS and STOREY, and the parquet target's STOREY writer, {@code asDf} and the parquet
 * source on PANDAS (DuckDB). Prints one line per engine, then {@code OK} and exits 0 when all agree.
 */
public final class NoSparkMain {
    private NoSparkMain() {}

    public static void main(String[] args) throws Exception {
        for (String absent : List.of("org.apache.spark.sql.Dataset", "scala.Product", "org.apache.hadoop.fs.Path")) {
            try {
                Class.forName(absent);
                System.out.println("FAIL: " + absent + " is on the class path");
                System.exit(2);
            } catch (ClassNotFoundException expected) {
                System.out.println("absent: " + absent);
            }
        }
        Path folder = Path.of(args[0]);
        Path file = SampleData.write(folder.resolve("transactions.csv"));
        DriverRegistry registry = DriverRegistry.load();
        CsvSource csv = (CsvSource) registry.readSource("{\"kind\": \"csv\", \"path\": \"" + file + "\","
                + " \"key_field\": \"id\", \"time_field\": \"ts\"}");

        Map<String, RowChecksum> results = new LinkedHashMap<>();
        results.put("csv PANDAS", RowChecksum.of(csv.toDataframe(ReadRequest.all())));
        results.put("csv STOREY", RowChecksum.ofEvents(Events.collect(csv.toStep(StepRequest.fromSpec()))));

        ParquetTarget target = (ParquetTarget) registry.readTarget("{\"kind\": \"parquet\", \"name\": \"out\", \"path\": \""
                + folder.resolve("parquet") + "\", \"time_partitioning_granularity\": \"day\", \"max_events\": 400}");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(
                new WriterStepRequest(null, List.of(), List.of("id"), "ts"));
        csv.toStep(StepRequest.fromSpec()).subscribe(writer);
        System.out.println("parquet STOREY writer: " + writer.await(Duration.ofMinutes(2)));
        results.put("parquet asDf", RowChecksum.of(target.asDf(ReadRequest.all())));
        results.put("parquet PANDAS", RowChecksum.of(ParquetSource.of("back", folder.resolve("parquet").toString())
                .toDataframe(ReadRequest.all().withColumns(SampleData.COLUMNS))));

        results.forEach((engine, sum) -> System.out.println(engine + ": " + sum));
        boolean agree = results.values().stream().distinct().count() == 1
                && results.values().iterator().next().rows() == SampleData.ROWS;
        System.out.println(agree ? "OK" : "MISMATCH");
        System.exit(agree ? 0 : 1);
    }
}
