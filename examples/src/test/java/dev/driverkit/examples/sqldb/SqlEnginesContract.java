package dev.driverkit.examples.sqldb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Events;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/**
 * What the sqldb source does on every database: the sample table ({@link SqlTestData}) read on PANDAS,
 * STOREY and SPARK gives the same rows, and columns and a time range select the same rows on each.
 */
abstract class SqlEnginesContract {
    /** The db_path of the database holding the sample table, as a spec names it. */
    abstract String dbPath();

    static SparkSession spark() {
        return SharedSpark.session();
    }

    SqlSource source(int chunksize) {
        return (SqlSource) DriverRegistry.load().readSource("{\"kind\": \"sqldb\", \"name\": \"sample\", \"attributes\": {"
                + "\"db_path\": \"" + dbPath() + "\", \"table_name\": \"" + SqlTestData.TABLE + "\", \"chunksize\": "
                + chunksize + "}, \"key_field\": \"id\", \"time_field\": \"ts\"}");
    }

    @Test
    void allThreeEnginesReturnTheCsvSampleRows() {
        SqlSource source = source(300);
        List<DataFrame> chunks;
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all())) {
            chunks = frames.toList();
        }
        assertEquals(List.of(300, 300, 300, 100), chunks.stream().map(DataFrame::height).toList());
        RowChecksum pandas = RowChecksum.of(chunks.get(0).vConcat(chunks.subList(1, chunks.size()).toArray(DataFrame[]::new)));
        RowChecksum storey = RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec())));
        RowChecksum sparkSum = RowChecksum.of(source.toSparkDf(spark(), ReadRequest.all()));

        assertEquals(SqlTestData.expected(), pandas, "PANDAS vs the csv sample");
        assertEquals(pandas, storey, "STOREY vs PANDAS");
        assertEquals(pandas, sparkSum, "SPARK vs PANDAS");
        assertEquals(SampleData.COLUMNS, Arrays.asList(chunks.get(0).getColumnsIndex().toArray()));
    }

    @Test
    void columnsAndTimeRangeAreAppliedOnEveryEngine() {
        LocalDateTime start = SampleData.START.plusDays(1);
        LocalDateTime end = SampleData.START.plusDays(2);
        ReadRequest request = ReadRequest.all().withColumns(List.of("id", "amount")).withTimeRange(start, end);
        SqlSource source = source(50);
        DataFrame frame;
        try (Stream<DataFrame> frames = source.toDataframe(request)) {
            frame = frames.reduce(DataFrame::vConcat).orElseThrow();
        }
        assertEquals(List.of("id", "amount"), Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(SqlTestData.rowsBetween(start, end), frame.height());
        long firstId = 1 + IntStream.range(0, SampleData.ROWS).filter(i -> SampleData.time(i).isAfter(start))
                .findFirst().orElseThrow(); // the right rows, not only as many
        assertEquals(firstId, ((Number) frame.getColumn("id").get(0)).longValue());
        assertEquals(RowChecksum.of(frame), RowChecksum.of(source.toSparkDf(spark(), request)));

        // STOREY takes its range from the spec, as MLRun's to_step does.
        source.setStartTime(start);
        source.setEndTime(end);
        List<Event> events = Events.collect(source.toStep(StepRequest.fromSpec()));
        assertEquals(frame.height(), events.size());
        assertTrue(events.stream().allMatch(e -> e.time() != null && e.key() instanceof Number), events.get(0).toString());
    }
}
