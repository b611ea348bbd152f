package dev.driverkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.spark.drivers.RecordingSource;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.execution.RowDataSourceScanExec;
import org.apache.spark.sql.execution.SparkPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import scala.jdk.javaapi.CollectionConverters;

/**
 * What a query needs reaches the driver as its ReadRequest: the columns, and the range of the filters on the
 * source's time_field. A driver that filters early hands Spark fewer rows, which Spark's plan shows.
 */
class PushdownTest {
    static final LocalDateTime FROM = SampleData.START.plusDays(1);
    static final LocalDateTime TO = SampleData.START.plusDays(2);
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }

    @BeforeEach
    void forgetRequests() {
        RecordingSource.REQUESTS.clear();
    }

    private static Dataset<Row> recording(Map<String, String> more) {
        Dataset<Row> frame = spark.read().format("driverkit").option("kind", "recording")
                .option("path", TestData.csv().toString()).option("time_field", "ts").options(more).load();
        RecordingSource.REQUESTS.clear(); // load() read the schema with a request for everything
        return frame;
    }

    private static ReadRequest onlyRequest() {
        assertEquals(1, RecordingSource.REQUESTS.size(), RecordingSource.REQUESTS.toString());
        return RecordingSource.REQUESTS.get(0);
    }

    /** The ids of the sample rows with from < ts <= to (or from <= ts < to). */
    private static List<Integer> ids(LocalDateTime from, LocalDateTime to, boolean closedStart) {
        return IntStream.range(0, SampleData.ROWS).filter(i -> {
            LocalDateTime time = SampleData.time(i);
            return (closedStart ? !time.isBefore(from) && time.isBefore(to) : time.isAfter(from) && !time.isAfter(to));
        }).map(i -> i + 1).boxed().toList();
    }

    private static List<Integer> idsOf(Dataset<Row> frame) {
        return frame.collectAsList().stream().map(row -> row.<Integer>getAs("id")).sorted().toList();
    }

    @Test
    void theColumnsAndTheTimeRangeOfAQueryBecomeTheDriversRequest() {
        Dataset<Row> query = recording(Map.of())
                .filter(col("ts").gt(lit(Timestamp.valueOf(FROM))).and(col("ts").leq(lit(Timestamp.valueOf(TO)))))
                .select("id", "amount");
        List<Integer> ids = idsOf(query);

        ReadRequest request = onlyRequest();
        assertEquals(Set.of("id", "amount", "ts"), new HashSet<>(request.columns()));
        assertEquals(FROM, request.startTime());
        assertEquals(TO, request.endTime());
        assertEquals(ids(FROM, TO, false), ids);
    }

    @Test
    void boundsOfAnotherShapeWidenTheRangeAndSparkFiltersExactly() {
        LocalDateTime from = SampleData.time(300); // a row sits exactly on each bound
        LocalDateTime to = SampleData.time(400);
        Dataset<Row> query = recording(Map.of())
                .filter(col("ts").geq(lit(Timestamp.valueOf(from))).and(col("ts").lt(lit(Timestamp.valueOf(to)))))
                .select("id");
        List<Integer> ids = idsOf(query);

        ReadRequest request = onlyRequest();
        assertEquals(from.minusNanos(1_000), request.startTime()); // ts >= from is ts > from - 1 µs
        assertEquals(to, request.endTime()); // ts < to is within ts <= to; Spark drops the row at 'to'
        assertEquals(ids(from, to, true), ids);
        assertEquals(100, ids.size());
    }

    @Test
    void theSpecsOwnTimeRangeBoundsEveryRead() {
        LocalDateTime specEnd = SampleData.START.plusDays(3);
        Dataset<Row> frame = recording(Map.of("start_time", FROM.toString(), "end_time", specEnd.toString()));
        List<Integer> ids = idsOf(frame.filter(col("ts").leq(lit(Timestamp.valueOf(TO)))).select("id"));

        ReadRequest request = onlyRequest();
        assertEquals(FROM, request.startTime());
        assertEquals(TO, request.endTime()); // the query's end is within the spec's
        assertEquals(ids(FROM, TO, false), ids);

        RecordingSource.REQUESTS.clear();
        assertEquals(ids(FROM, specEnd, false).size(), frame.count());
        assertEquals(specEnd, onlyRequest().endTime());
    }

    @Test
    void aCountAsksForOneColumnAndFiltersOnOtherColumnsAreLeftToSpark() {
        Dataset<Row> frame = recording(Map.of());
        assertEquals(SampleData.ROWS, frame.count());
        assertEquals(1, onlyRequest().columns().size());

        RecordingSource.REQUESTS.clear();
        long books = frame.filter(col("category").equalTo("books")).count();
        ReadRequest request = onlyRequest();
        assertNull(request.startTime());
        assertNull(request.endTime());
        assertEquals(List.of("category"), request.columns());
        assertEquals(200, books);
    }

    @Test
    void theFrameReadForTheSchemaServesTheFirstScanAndLaterScansAskTheDriverAgain() {
        Dataset<Row> frame = spark.read().format("driverkit").option("kind", "recording")
                .option("path", TestData.csv().toString()).load();
        assertEquals(1, RecordingSource.REQUESTS.size()); // the schema: a csv infers its types with a pass over the data
        frame.write().mode(SaveMode.Overwrite).parquet(TestData.dir("first-scan").resolve("out").toString());
        assertEquals(1, RecordingSource.REQUESTS.size(), "load() then a write reads the data once");
        assertEquals(SampleData.ROWS, frame.collectAsList().size());
        assertEquals(2, RecordingSource.REQUESTS.size(), "a later query sees the data as it is then");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "parquet", "sqldb"})
    void theDriverHandsSparkOnlyTheRowsInTheRangeAsThePlanShows(String kind) {
        Map<String, String> options = switch (kind) {
            case "csv" -> Map.of("path", TestData.csv().toString());
            case "parquet" -> Map.of("path", TestData.parquet().toString());
            default -> Map.of("db_path", TestData.postgresUrl(), "table_name", TestData.TABLE);
        };
        Dataset<Row> query = spark.read().format("driverkit").option("kind", kind).option("time_field", "ts")
                .options(options).load()
                .filter(col("ts").gt(lit(Timestamp.valueOf(FROM))).and(col("ts").leq(lit(Timestamp.valueOf(TO)))))
                .select("id");
        List<Integer> ids = idsOf(query);
        assertEquals(ids(FROM, TO, false), ids);

        SparkPlan plan = query.queryExecution().executedPlan();
        String text = plan.toString();
        assertTrue(text.contains("Scan driverkit " + kind), text);
        assertTrue(text.matches("(?s).*PushedFilters: \\[.*GreaterThan\\(ts,.*LessThanOrEqual\\(ts,.*\\].*"), text);
        assertTrue(text.matches("(?s).*ReadSchema: struct<id:int,ts:timestamp(_ntz)?>.*"), text);
        RowDataSourceScanExec scan = CollectionConverters.asJava(plan.collectLeaves()).stream()
                .filter(RowDataSourceScanExec.class::isInstance).map(RowDataSourceScanExec.class::cast).findFirst()
                .orElseThrow();
        // the scan's rows are what the driver's frame gave: the range alone, not all 1000 rows
        assertEquals(ids.size(), scan.metrics().apply("numOutputRows").value(), text);
    }
}
