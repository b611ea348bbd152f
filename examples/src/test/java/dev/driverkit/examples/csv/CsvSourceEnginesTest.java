package dev.driverkit.examples.csv;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Events;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The csv source on PANDAS, STOREY and SPARK over the sample data: the same rows everywhere. */
class CsvSourceEnginesTest {
    @TempDir
    static Path folder;
    static Path sample;
    static SparkSession spark;

    @BeforeAll
    static void writeSample() {
        sample = SampleData.write(folder.resolve("transactions.csv"));
        spark = SharedSpark.session();
    }

    /** The sample as a user configures it: through a spec, read by the registry. */
    static CsvSource source() {
        return (CsvSource) DriverRegistry.load().readSource("{\"kind\": \"csv\", \"name\": \"transactions\", \"path\": \""
                + sample.toString().replace("\\", "\\\\") + "\", \"key_field\": \"id\", \"time_field\": \"ts\"}");
    }

    // ---- every row ----

    @Test
    void allThreeEnginesReturnTheSameRows() {
        CsvSource source = source();
        RowChecksum pandas = RowChecksum.of(source.toDataframe(ReadRequest.all()));
        RowChecksum storey = RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec())));
        RowChecksum sparkSum = RowChecksum.of(source.toSparkDf(spark, ReadRequest.all()));

        assertEquals(SampleData.ROWS, pandas.rows());
        assertEquals(pandas, storey, "STOREY vs PANDAS");
        assertEquals(pandas, sparkSum, "SPARK vs PANDAS");
    }

    @Test
    void pandasFrameHasTheFileColumnsWithInferredTypes() {
        DataFrame frame = source().toDataframe(ReadRequest.all());
        assertEquals(SampleData.COLUMNS, Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(SampleData.ROWS, frame.height());
        assertAll(
                () -> assertEquals(1L, frame.get("id", 0)),
                () -> assertEquals(SampleData.time(0), frame.get("ts", 0)),
                () -> assertEquals("books", frame.get("category", 0)),
                () -> assertEquals("home, garden", frame.get("category", 1), "a quoted field with the delimiter"),
                () -> assertEquals(79.19, frame.get("amount", 1)),
                () -> assertEquals(5L, frame.get("quantity", 1)),
                () -> assertNull(frame.get("discount", 0), "an empty field is null"),
                () -> assertEquals(0.5, frame.get("discount", 1)),
                () -> assertEquals(1000L, frame.get("id", 999)));
    }

    @Test
    void storeyEventsCarryKeyTimeAndTypedBody() {
        List<Event> events = Events.collect(source().toStep(StepRequest.fromSpec()), 7, java.time.Duration.ofSeconds(30));
        assertEquals(SampleData.ROWS, events.size());
        Event first = events.get(0);
        assertEquals(1L, first.key());
        assertEquals(SampleData.time(0).toInstant(ZoneOffset.UTC), first.time());
        assertEquals(SampleData.COLUMNS, List.copyOf(first.body().keySet()));
        assertEquals(SampleData.time(0), first.body().get("ts"));
        assertNull(first.body().get("discount"));
        assertEquals(IntStream.rangeClosed(1, SampleData.ROWS).mapToObj(i -> (Object) (long) i).toList(),
                events.stream().map(Event::key).toList(), "in file order, one per row");
    }

    @Test
    void storeyRequestOverridesKeyAndTimeFields() {
        List<Event> events = Events.collect(source().toStep(new StepRequest("category", null, Map.of())));
        assertEquals("books", events.get(0).key());
        assertEquals(SampleData.time(0).toInstant(ZoneOffset.UTC), events.get(0).time());
    }

    @Test
    void sparkFrameUsesSparkCsvReaderWithInferredSchema() {
        Dataset<Row> frame = source().toSparkDf(spark, ReadRequest.all());
        assertEquals(SampleData.COLUMNS, Arrays.asList(frame.columns()));
        assertEquals(DataTypes.IntegerType, frame.schema().apply("id").dataType());
        assertEquals(DataTypes.TimestampType, frame.schema().apply("ts").dataType());
        assertEquals(DataTypes.DoubleType, frame.schema().apply("amount").dataType());
        assertEquals(DataTypes.StringType, frame.schema().apply("category").dataType());
        assertEquals(SampleData.ROWS, frame.count());
    }

    @Test
    void sparkOptionsAreMlrunsCsvOptions() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("path", sample.toString());
        expected.put("format", "csv");
        expected.put("header", "true");
        expected.put("inferSchema", "true");
        expected.put("sep", ",");
        expected.put("escape", "\"");
        assertEquals(expected, source().getSparkOptions());
        assertEquals("false", source().setHeader(false).getSparkOptions().get("header"));
        assertEquals("\t", source().setDelimiter('\t').getSparkOptions().get("sep"));
    }

    // ---- columns and time range ----

    @Test
    void columnsAndTimeRangeAreHonouredAlike() {
        LocalDateTime start = SampleData.time(100); // exclusive: row 100 (id 101) is out
        LocalDateTime end = SampleData.time(200);   // inclusive: row 200 (id 201) is in
        ReadRequest request = ReadRequest.all().withColumns(List.of("amount", "id")).withTimeRange(start, end);

        DataFrame frame = source().toDataframe(request);
        Dataset<Row> sparkFrame = source().toSparkDf(spark, request);

        assertEquals(List.of("amount", "id"), Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(List.of("amount", "id"), Arrays.asList(sparkFrame.columns()));
        assertEquals(100, frame.height());
        assertEquals(102L, frame.get("id", 0));
        assertEquals(201L, frame.get("id", 99));
        assertEquals(RowChecksum.of(frame), RowChecksum.of(sparkFrame));
        assertEquals(100, RowChecksum.of(sparkFrame).rows());
    }

    @Test
    void openEndedRangesAndTheRequestTimeField() {
        CsvSource noTimeField = source();
        noTimeField.setTimeField(null);
        ReadRequest after = new ReadRequest(null, null, SampleData.time(989), null, "ts", null);
        ReadRequest upTo = new ReadRequest(null, null, null, SampleData.time(9), "ts", null);

        assertEquals(10, noTimeField.toDataframe(after).height());
        assertEquals(10, noTimeField.toSparkDf(spark, after).count());
        assertEquals(10, noTimeField.toDataframe(upTo).height());
        assertEquals(10, noTimeField.toSparkDf(spark, upTo).count());
    }

    @Test
    void aTimeRangeNeedsATimeField() {
        CsvSource noTimeField = source();
        noTimeField.setTimeField(null);
        ReadRequest range = ReadRequest.all().withTimeRange(SampleData.START, null);
        for (Executable read : List.<Executable>of(() -> noTimeField.toDataframe(range),
                () -> noTimeField.toSparkDf(spark, range))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
            assertTrue(e.getMessage().contains("has no time field"), e.getMessage());
        }
    }

    @Test
    void unknownColumnsAreNamedWithTheFileColumns() {
        ReadRequest request = ReadRequest.all().withColumns(List.of("id", "price"));
        for (Executable read : List.<Executable>of(() -> source().toDataframe(request),
                () -> source().toSparkDf(spark, request))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
            assertTrue(e.getMessage().contains("'price' is not a column of"), e.getMessage());
            assertTrue(e.getMessage().contains("[id, ts, category, amount, quantity, discount]"), e.getMessage());
        }
        CsvSource badKey = source();
        badKey.setKeyField("customer");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> badKey.toStep(StepRequest.fromSpec()));
        assertTrue(e.getMessage().contains("the key field 'customer' is not a column of"), e.getMessage());
    }

    @Test
    void additionalFiltersAreRefusedNotIgnored() {
        ReadRequest filtered = new ReadRequest(null, null, null, null, null, List.of(List.of("id", "=", 3)));
        assertThrows(UnsupportedOperationException.class, () -> source().toDataframe(filtered));
        assertThrows(UnsupportedOperationException.class, () -> source().toSparkDf(spark, filtered));
    }

    @Test
    void aMissingFileIsAClearErrorNamingTheFileOnEveryEngine() {
        Path missing = folder.resolve("no-such-file.csv");
        CsvSource source = CsvSource.of("gone", missing.toString());
        for (Executable read : List.<Executable>of(() -> source.toDataframe(ReadRequest.all()),
                () -> source.toStep(StepRequest.fromSpec()), () -> source.toSparkDf(spark, ReadRequest.all()))) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, read);
            assertEquals("csv source 'gone': file not found: " + missing.toAbsolutePath(), e.getMessage());
            assertInstanceOf(NoSuchFileException.class, e.getCause());
        }
    }

    @Test
    void remotePathsAreForSparkOnly() {
        CsvSource remote = CsvSource.of("remote", "v3io:///projects/p/data.csv");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> remote.toDataframe(ReadRequest.all()));
        assertTrue(e.getMessage().contains("reads local files on PANDAS and STOREY"), e.getMessage());
    }

    // ---- format settings ----

    @Test
    void headerlessSemicolonFileWithParseDatesAgreesOnEveryEngine() throws IOException {
        Path file = folder.resolve("headerless.csv");
        Files.writeString(file, "1;2024-03-01T10:00:00;\"a;b\";true\r\n\r\n2;2024-03-02 11:30:00;\"say \"\"hi\"\"\";false\r\n");
        CsvSource source = CsvSource.of("headerless", file.toString())
                .setHeader(false).setDelimiter(';').setParseDates(List.of("_c1"));

        DataFrame frame = source.toDataframe(ReadRequest.all());
        assertEquals(List.of("_c0", "_c1", "_c2", "_c3"), Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(2, frame.height());
        assertEquals(LocalDateTime.of(2024, 3, 2, 11, 30), frame.get("_c1", 1));
        assertEquals("a;b", frame.get("_c2", 0));
        assertEquals("say \"hi\"", frame.get("_c2", 1));
        assertEquals(Boolean.TRUE, frame.get("_c3", 0));

        Dataset<Row> sparkFrame = source.toSparkDf(spark, ReadRequest.all());
        assertEquals(DataTypes.TimestampType, sparkFrame.schema().apply("_c1").dataType(), "parse_dates cast on Spark");
        RowChecksum pandas = RowChecksum.of(frame);
        assertEquals(pandas, RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec()))));
        assertEquals(pandas, RowChecksum.of(sparkFrame));
    }

    // ---- the STOREY stream as a Flow.Publisher ----

    @Test
    void theStreamHonoursDemandAndCancellation() {
        Flow.Publisher<Event> publisher = source().toStep(StepRequest.fromSpec());
        List<Object> signals = new ArrayList<>();
        Flow.Subscription[] subscription = new Flow.Subscription[1];
        publisher.subscribe(new Recorder(signals, subscription));

        assertEquals(List.of(), signals, "nothing before a request");
        subscription[0].request(2);
        assertEquals(List.of(1L, 2L), signals);
        subscription[0].request(1);
        assertEquals(List.of(1L, 2L, 3L), signals);
        subscription[0].cancel();
        subscription[0].request(5);
        assertEquals(List.of(1L, 2L, 3L), signals, "nothing after cancel");

        List<Object> other = new ArrayList<>();
        Flow.Subscription[] second = new Flow.Subscription[1];
        publisher.subscribe(new Recorder(other, second));
        second[0].request(1);
        assertEquals(List.of(1L), other, "each subscriber reads the file from the start");
        second[0].request(0);
        assertEquals(2, other.size());
        assertInstanceOf(IllegalArgumentException.class, other.get(1), "rule 3.9: request(0) signals onError");
    }

    @Test
    void theStreamDoesNotRecurseWhenRequestingFromOnNext() {
        int[] depth = {0};
        int[] maxDepth = {0};
        int[] count = {0};
        boolean[] completed = {false};
        source().toStep(StepRequest.fromSpec()).subscribe(new Flow.Subscriber<>() {
            private Flow.Subscription subscription;

            @Override
            public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
            }

            @Override
            public void onNext(Event item) {
                depth[0]++;
                maxDepth[0] = Math.max(maxDepth[0], depth[0]);
                count[0]++;
                subscription.request(1);
                depth[0]--;
            }

            @Override
            public void onError(Throwable throwable) {
                throw new AssertionError(throwable);
            }

            @Override
            public void onComplete() {
                completed[0] = true;
            }
        });
        assertEquals(SampleData.ROWS, count[0]);
        assertTrue(completed[0]);
        assertEquals(1, maxDepth[0], "request() inside onNext must not call onNext recursively");
    }

    /** Records keys, and errors, of the events it receives. */
    private record Recorder(List<Object> signals, Flow.Subscription[] subscription) implements Flow.Subscriber<Event> {
        @Override
        public void onSubscribe(Flow.Subscription s) {
            subscription[0] = s;
        }

        @Override
        public void onNext(Event item) {
            signals.add(item.key());
        }

        @Override
        public void onError(Throwable throwable) {
            signals.add(throwable);
        }

        @Override
        public void onComplete() {
            signals.add("complete");
        }
    }
}
