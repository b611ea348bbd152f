package dev.driverkit.examples.parquet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.SubmissionPublisher;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parquet target on SPARK and STOREY, read back with {@code asDf}: MLRun's options and partition
 * layout, append and overwrite, the same rows from both engines, and nothing visible after a failure.
 */
class ParquetTargetTest {
    static final WriteRequest OVERWRITE = new WriteRequest(List.of("id"), "ts", true);
    static final WriteRequest APPEND = new WriteRequest(List.of("id"), "ts", false);
    static final WriterStepRequest STEP = new WriterStepRequest(null, List.of(), List.of("id"), "ts");

    @TempDir
    static Path folder;
    static SparkSession spark;
    static CsvSource csv;
    static Dataset<Row> sample;
    static RowChecksum expected;

    @BeforeAll
    static void readSample() {
        spark = SharedSpark.session();
        csv = CsvSource.of("transactions", SampleData.write(folder.resolve("transactions.csv")).toString());
        csv.setKeyField("id");
        csv.setTimeField("ts");
        sample = csv.toSparkDf(spark, ReadRequest.all()).cache();
        expected = RowChecksum.of(csv.toDataframe(ReadRequest.all()));
    }

    static ParquetTarget target(String json) {
        return (ParquetTarget) DriverRegistry.load().readTarget(json);
    }

    static ParquetTarget target(Path path, String settings) {
        return target("{\"kind\": \"parquet\", \"name\": \"pq\", \"path\": \"" + path.toString().replace("\\", "\\\\") + "\""
                + (settings.isEmpty() ? "" : ", " + settings) + "}");
    }

    // ---- MLRun's options and layout ----

    @Test
    void sparkOptionsFollowMlrunsPartitioningRules() {
        Map<String, String> expectedOptions = new LinkedHashMap<>();
        expectedOptions.put("path", "/d/out");
        expectedOptions.put("format", "parquet");
        expectedOptions.put("mode", "overwrite");
        assertEquals(expectedOptions, target(Path.of("/d/out"), "").getSparkOptions(OVERWRITE), "not partitioned");
        assertEquals("append", target(Path.of("/d/out"), "").getSparkOptions(APPEND).get("mode"));

        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("\"partitioned\": true", "year,month,day,hour");
        cases.put("\"time_partitioning_granularity\": \"day\"", "year,month,day");
        cases.put("\"time_partitioning_granularity\": \"second\"", "year,month,day,hour,minute,second");
        cases.put("\"partition_cols\": [\"category\"]", "category");
        cases.put("\"partition_cols\": [\"category\"], \"time_partitioning_granularity\": \"month\"", "year,month,category");
        cases.put("\"partitioned\": false, \"partition_cols\": [\"category\"]", null);
        cases.forEach((settings, partitionBy) -> assertEquals(partitionBy,
                target(Path.of("/d/out"), settings).getSparkOptions(OVERWRITE).get("partitionBy"), settings));

        WriteRequest noTimestamp = new WriteRequest(List.of("id"), null, true);
        assertEquals(null, target(Path.of("/d/out"), "\"partitioned\": true").getSparkOptions(noTimestamp).get("partitionBy"),
                "MLRun skips the default hourly partitioning without a timestamp key");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target(Path.of("/d/out"), "\"time_partitioning_granularity\": \"day\"").getSparkOptions(noTimestamp));
        assertEquals("parquet target 'pq': time_partitioning_granularity 'day' needs a timestamp: set the request's"
                + " timestamp key.", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> target(Path.of("/d/out"), "\"time_partitioning_granularity\": \"week\"").getSparkOptions(OVERWRITE));
        assertEquals("parquet target 'pq': time_partitioning_granularity must be one of year, month, day, hour, minute,"
                + " second, not 'week'.", e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> target(Path.of("/d/out"), "\"key_bucketing_number\": 4").getSparkOptions(OVERWRITE));
        assertEquals("zstd", target(Path.of("/d/out"), "\"attributes\": {\"compression\": \"zstd\"}")
                .getSparkOptions(OVERWRITE).get("compression"));
    }

    @Test
    void prepareSparkDfAddsTheTimePartitionColumns() {
        Dataset<Row> prepared = target(Path.of("/d/out"), "\"time_partitioning_granularity\": \"hour\"")
                .prepareSparkDf(sample, OVERWRITE);
        assertEquals(List.of("id", "ts", "category", "amount", "quantity", "discount", "year", "month", "day", "hour"),
                Arrays.asList(prepared.columns()));
        Row row = prepared.filter(col("id").equalTo(500)).first();
        LocalDateTime time = SampleData.time(499);
        assertEquals(List.of(time.getYear(), time.getMonthValue(), time.getDayOfMonth(), time.getHour()),
                List.of(row.getAs("year"), row.getAs("month"), row.getAs("day"), row.getAs("hour")));
    }

    @Test
    void isSingleFileFollowsThePath() {
        assertTrue(ParquetTarget.of("t", "/d/out.parquet").isSingleFile());
        assertTrue(ParquetTarget.of("t", "/d/out.pq").isSingleFile());
        assertFalse(ParquetTarget.of("t", "/d/out/").isSingleFile());
        assertFalse(ParquetTarget.of("t", "s3://b/out").isSingleFile());
        assertFalse(new ParquetTarget().isSingleFile());
    }

    // ---- SPARK ----

    @Test
    void sparkWritesMlrunsLayoutAndAsDfReadsItBack() throws Exception {
        Path out = folder.resolve("spark-by-day");
        ParquetTarget target = target(out, "\"time_partitioning_granularity\": \"day\"");
        target.writeSparkDf(sample, OVERWRITE);

        assertTrue(Files.isDirectory(out.resolve("year=2024/month=1/day=1")), "Hive folders, as Spark names them");
        assertEquals(5, dataFiles(out).stream().map(file -> out.relativize(file).getParent()).distinct().count(),
                "1000 rows every 7 minutes: 5 days");
        DataFrame back = target.asDf(ReadRequest.all());
        assertEquals(SampleData.COLUMNS, Arrays.asList(back.getColumnsIndex().toArray()), "time partitions left out");
        assertEquals(expected, RowChecksum.of(back));
        assertEquals(expected, RowChecksum.of(ParquetSource.of("back", out.toString())
                .toSparkDf(spark, ReadRequest.all().withColumns(SampleData.COLUMNS))), "Spark reads it back too");
        assertNoStagingLeft();
    }

    @Test
    void asDfHonoursColumnsTimeRangeAndFilters() {
        Path out = folder.resolve("spark-for-queries");
        ParquetTarget target = target(out, "\"partitioned\": true");
        target.writeSparkDf(sample, OVERWRITE);
        ReadRequest request = new ReadRequest(List.of("id", "amount", "hour"), null, SampleData.time(100),
                SampleData.time(200), "ts", List.of(List.of("quantity", "<", 5)));
        DataFrame frame = target.asDf(request);
        assertEquals(List.of("id", "amount", "hour"), Arrays.asList(frame.getColumnsIndex().toArray()),
                "a time partition column when asked for by name");
        Dataset<Row> viaSpark = ParquetSource.of("check", out.toString()).toSparkDf(spark, request);
        assertEquals(RowChecksum.of(viaSpark), RowChecksum.of(frame));
        assertTrue(frame.height() > 20 && frame.height() < 100, "some rows of the range: " + frame.height());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target.asDf(ReadRequest.all().withTimeRange(SampleData.START, null)));
        assertTrue(e.getMessage().contains("without a time column: set timeField in the request"), e.getMessage());
    }

    @Test
    void appendAddsAndOverwriteReplaces() throws Exception {
        Path out = folder.resolve("spark-modes");
        ParquetTarget target = target(out, "\"partition_cols\": [\"category\"]");
        target.writeSparkDf(sample, APPEND);
        target.writeSparkDf(sample.filter(col("id").leq(10)), APPEND);
        assertEquals(1010, target.asDf(ReadRequest.all()).height());
        assertTrue(Files.isDirectory(out.resolve("category=home, garden")), "a partition value with a comma and a space");
        target.writeSparkDf(sample, OVERWRITE);
        assertEquals(expected, RowChecksum.of(target.asDf(ReadRequest.all())));
        assertNoStagingLeft();
    }

    @Test
    void sparkRefusesASingleFilePath() {
        ParquetTarget target = target(folder.resolve("one.parquet"), "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> target.writeSparkDf(sample, OVERWRITE));
        assertTrue(e.getMessage().contains("Spark writes a folder of files, and " + folder.resolve("one.parquet")
                + " names one file"), e.getMessage());
    }

    @Test
    void aMissingPartitionOrTimestampColumnIsNamed() {
        ParquetTarget byColour = target(folder.resolve("x"), "\"partition_cols\": [\"colour\"]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> byColour.writeSparkDf(sample, OVERWRITE));
        assertTrue(e.getMessage().startsWith("parquet target 'pq': the partition column 'colour' is not a column of the"
                + " frame; its columns are [id, ts, category, amount, quantity, discount]"), e.getMessage());
        ParquetTarget byDay = target(folder.resolve("x"), "\"time_partitioning_granularity\": \"day\"");
        e = assertThrows(IllegalArgumentException.class,
                () -> byDay.writeSparkDf(sample, new WriteRequest(List.of("id"), "created", true)));
        assertTrue(e.getMessage().contains("the timestamp key 'created' is not a column of the frame"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("x")));
    }

    /** Fails the task that meets id 700, after other tasks may have written their files. */
    static Dataset<Row> failingAt700() {
        UDF1<Integer, Integer> boom = id -> {
            if (id == 700) {
                throw new IllegalStateException("boom at id 700");
            }
            return id;
        };
        return sample.repartition(4).withColumn("id", udf(boom, DataTypes.IntegerType).apply(col("id")));
    }

    @Test
    void aFailedSparkWriteLeavesNothingVisible() throws Exception {
        spark.sparkContext().setLogLevel("OFF"); // the failing tasks' stack traces are expected here
        try {
            failedSparkWritesLeaveNothingVisible();
        } finally {
            spark.sparkContext().setLogLevel("ERROR");
        }
    }

    private void failedSparkWritesLeaveNothingVisible() throws Exception {
        Path fresh = folder.resolve("spark-failed-new");
        ParquetTarget target = target(fresh, "\"partitioned\": true");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> target.writeSparkDf(failingAt700(), OVERWRITE));
        assertTrue(e.getMessage().startsWith("parquet target 'pq': writing file:" + fresh + " on Spark failed; the target"
                + " is as it was"), e.getMessage());
        assertTrue(e.getMessage().contains("boom at id 700"), e.getMessage());
        assertFalse(Files.exists(fresh), "no target folder");
        assertNoStagingLeft();

        Path existing = folder.resolve("spark-failed-existing");
        ParquetTarget written = target(existing, "\"partitioned\": true");
        written.writeSparkDf(sample.filter(col("id").leq(100)), OVERWRITE);
        List<Path> before = dataFiles(existing);
        for (WriteRequest request : List.of(OVERWRITE, APPEND)) {
            assertThrows(IllegalStateException.class, () -> written.writeSparkDf(failingAt700(), request));
            assertEquals(before, dataFiles(existing), "the same files after a failed " + (request.overwrite() ? "overwrite" : "append"));
            assertEquals(100, written.asDf(ReadRequest.all()).height());
        }
        assertNoStagingLeft();
    }

    // ---- STOREY ----

    @Test
    void storeyWritesBatchesThatReadBackAsTheSparkWriteDoes() throws Exception {
        Path out = folder.resolve("storey-by-day");
        ParquetTarget target = target(out, "\"time_partitioning_granularity\": \"day\", \"max_events\": 300");
        ParquetEventWriter writer = assertInstanceOf(ParquetEventWriter.class, target.addWriterStep(STEP));
        csv.toStep(StepRequest.fromSpec()).subscribe(writer);
        assertEquals(dev.driverkit.engine.WriteResult.files(1000, 2 + 2 + 3 + 1), writer.await(Duration.ofMinutes(1)),
                "4 batches (300, 300, 300 and 100 events) spanning 2, 2, 3 and 1 days: a file per day and batch");

        assertTrue(Files.isDirectory(out.resolve("year=2024/month=1/day=5")));
        assertEquals(expected, RowChecksum.of(target.asDf(ReadRequest.all())), "STOREY + asDf vs the csv file");
        Dataset<Row> viaSpark = ParquetSource.of("check", out.toString()).toSparkDf(spark, ReadRequest.all()
                .withColumns(SampleData.COLUMNS));
        assertEquals(DataTypes.TimestampType, viaSpark.schema().apply("ts").dataType());
        assertEquals(DataTypes.StringType, viaSpark.schema().apply("category").dataType());
        assertEquals(expected, RowChecksum.of(viaSpark), "Spark reads what STOREY wrote");

        Path bySpark = folder.resolve("spark-by-day-for-storey");
        ParquetTarget sparkTarget = target(bySpark, "\"time_partitioning_granularity\": \"day\"");
        sparkTarget.writeSparkDf(sample, OVERWRITE);
        assertEquals(folders(bySpark), folders(out), "both engines write the same layout");
        assertNoStagingLeft();
    }

    @Test
    void storeyWritesOnlyTheRequestedFeaturesAndPartitionColumnsIntoFolders() {
        Path out = folder.resolve("storey-features");
        ParquetTarget target = target(out, "\"partition_cols\": [\"category\"]");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(
                new WriterStepRequest(null, List.of("amount", "category"), List.of("id"), "ts"));
        csv.toStep(StepRequest.fromSpec()).subscribe(writer);
        writer.await(Duration.ofMinutes(1));
        assertTrue(Files.isDirectory(out.resolve("category=home, garden")));
        DataFrame back = target.asDf(ReadRequest.all());
        assertEquals(List.of("id", "ts", "amount", "category"), Arrays.asList(back.getColumnsIndex().toArray()));
        assertEquals(expected, RowChecksum.of(ParquetSource.of("check", out.toString()).toSparkDf(spark,
                ReadRequest.all()).join(sample.select("id", "quantity", "discount"), "id")), "Spark agrees");
    }

    @Test
    void storeyRewritesASingleFileAtEachBatch() {
        Path file = folder.resolve("stream.parquet");
        ParquetTarget target = target(file, "\"max_events\": 400");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(STEP);
        csv.toStep(StepRequest.fromSpec()).subscribe(writer);
        assertEquals(dev.driverkit.engine.WriteResult.files(1000, 3), writer.await(Duration.ofMinutes(1)));
        assertTrue(Files.isRegularFile(file));
        assertEquals(expected, RowChecksum.of(target.asDf(ReadRequest.all())));
        assertEquals(expected, RowChecksum.of(ParquetSource.of("check", file.toString()).toSparkDf(spark, ReadRequest.all())));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> target(folder.resolve("p.parquet"), "\"partitioned\": true").addWriterStep(STEP));
        assertTrue(e.getMessage().contains("so its path must be a folder, not the file"), e.getMessage());
    }

    @Test
    void flushAfterSecondsWritesBeforeTheStreamEnds() throws Exception {
        Path out = folder.resolve("storey-timed");
        ParquetTarget target = target(out, "\"flush_after_seconds\": 1");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(STEP);
        try (SubmissionPublisher<Event> stream = new SubmissionPublisher<>()) {
            stream.subscribe(writer);
            stream.submit(event(1, SampleData.START, "a", 1.5));
            stream.submit(event(2, SampleData.START.plusHours(1), "b", 2.5));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while ((!Files.isDirectory(out) || dataFiles(out).isEmpty()) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(2, target.asDf(ReadRequest.all()).height(), "written by the timer, the stream still open");
            stream.submit(event(3, SampleData.START.plusHours(2), "c", 3.5));
        }
        assertEquals(dev.driverkit.engine.WriteResult.files(3, 2), writer.await(Duration.ofSeconds(30)));
        assertEquals(3, target.asDf(ReadRequest.all()).height());
    }

    @Test
    void aFailedStoreyBatchLeavesNothingOfItVisible() throws Exception {
        Path out = folder.resolve("storey-failed");
        ParquetTarget target = target(out, "\"time_partitioning_granularity\": \"day\", \"max_events\": 4");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            events.add(event(i, SampleData.START.plusHours(i), "ok", i * 1.5));
        }
        // The second batch spans two days; its second day's file fails on a text amount after the first day's
        // file is written to the staging folder.
        events.add(event(10, SampleData.START.plusDays(1), "ok", 1.0));
        events.add(event(11, SampleData.START.plusDays(2), "bad", "12.50"));
        events.add(event(12, SampleData.START.plusDays(2), "ok", 2.0));
        events.add(event(13, SampleData.START.plusDays(1), "ok", 3.0));
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(STEP);
        new ListPublisher(events).subscribe(writer);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.await(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().startsWith("parquet target 'pq' (STOREY): writing a batch of 4 events to " + out
                + " failed; none of it was published."), e.getMessage());
        assertTrue(e.getMessage().contains("column 'amount' holds number values, but an event (key 11) has the String 12.50"),
                e.getMessage());
        assertEquals(List.of("year=2024/month=1/day=1"), folders(out), "only the first batch's day");
        assertEquals(4, target.asDf(ReadRequest.all()).height());
        assertNoStagingLeft();
    }

    @Test
    void anUpstreamFailureDropsThePendingEventsAndSaysSo() {
        Path out = folder.resolve("storey-upstream");
        ParquetTarget target = target(out, "\"max_events\": 2");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(STEP);
        List<Event> events = List.of(event(1, SampleData.START, "a", 1.0), event(2, SampleData.START, "a", 2.0),
                event(3, SampleData.START, "a", 3.0));
        new ListPublisher(events, new IllegalStateException("source broke")).subscribe(writer);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.await(Duration.ofSeconds(30)));
        assertEquals("parquet target 'pq' (STOREY): the stream failed; 1 events not yet written were dropped (the 2 rows"
                + " written before stay).", e.getMessage());
        assertEquals("source broke", e.getCause().getMessage());
        assertEquals(2, target.asDf(ReadRequest.all()).height());
    }

    @Test
    void storeyNamesValuesItCannotWrite() {
        ParquetTarget target = target(folder.resolve("storey-odd"), "");
        ParquetEventWriter writer = (ParquetEventWriter) target.addWriterStep(STEP);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", 1L);
        body.put("ts", SampleData.START);
        body.put("where", new java.net.InetSocketAddress(80));
        new ListPublisher(List.of(new Event(body, 1L, null))).subscribe(writer);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.await(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("column 'where': an event (key 1) has the InetSocketAddress"), e.getMessage());
        assertTrue(e.getMessage().contains("a type the parquet target cannot write"), e.getMessage());
        assertFalse(Files.exists(folder.resolve("storey-odd")));
    }

    @Test
    void asDfOfATargetNeverWrittenNamesThePath() {
        Path never = folder.resolve("never-written");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> target(never, "").asDf(ReadRequest.all()));
        assertEquals("parquet target 'pq': file not found: " + never.toAbsolutePath(), e.getMessage());
    }

    // ---- helpers ----

    static Event event(long id, LocalDateTime ts, String category, Object amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("ts", ts);
        body.put("category", category);
        body.put("amount", amount);
        return new Event(body, id, ts.toInstant(ZoneOffset.UTC));
    }

    static List<Path> dataFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).filter(file -> file.toString().endsWith(".parquet"))
                    .filter(file -> !file.getFileName().toString().startsWith(".")).sorted().toList();
        }
    }

    /** The partition folders that hold data files, relative to the root, sorted. */
    static List<String> folders(Path root) throws IOException {
        TreeSet<String> folders = new TreeSet<>();
        for (Path file : dataFiles(root)) {
            folders.add(root.relativize(file.getParent()).toString());
        }
        return List.copyOf(folders);
    }

    static void assertNoStagingLeft() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<String> hidden = list.map(path -> path.getFileName().toString()).filter(name -> name.startsWith(".")).toList();
            assertEquals(List.of(), hidden, "no staging or replaced folders left beside the targets");
        }
    }
}
