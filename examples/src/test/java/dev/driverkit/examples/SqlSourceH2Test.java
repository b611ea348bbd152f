package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.registry.DriverRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sqldb source on the embedded default database, H2 in memory: quick, and the same rows on every engine. */
class SqlSourceH2Test {
    /** DATABASE_TO_LOWER: unquoted names are lower case, as in PostgreSQL. DB_CLOSE_DELAY: kept while the JVM lives. */
    static final String URL = "jdbc:h2:mem:driverkit_sqldb;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    static Connection keepAlive;
    static SparkSession spark;

    @BeforeAll
    static void load() throws Exception {
        keepAlive = DriverManager.getConnection(URL);
        SqlTestData.createTable(keepAlive, SqlTestData.TABLE);
        try (Statement ddl = keepAlive.createStatement()) {
            // A table whose names the database keeps in upper case: asked for in lower case, still found.
            ddl.execute("CREATE TABLE \"SHOUTING\" (\"ID\" INTEGER, \"AMOUNT\" DOUBLE PRECISION)");
            ddl.execute("INSERT INTO \"SHOUTING\" VALUES (1, 2.5), (2, 3.5)");
        }
        spark = SharedSpark.session();
    }

    @AfterAll
    static void close() throws Exception {
        keepAlive.close();
    }

    static SqlSource source(int chunksize) {
        return (SqlSource) DriverRegistry.load().readSource("{\"kind\": \"sqldb\", \"name\": \"h2\", \"attributes\": {"
                + "\"db_path\": \"" + URL + "\", \"table_name\": \"transactions\", \"chunksize\": " + chunksize + "},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\"}");
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
        RowChecksum sparkSum = RowChecksum.of(source.toSparkDf(spark, ReadRequest.all()));

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
        assertEquals(RowChecksum.of(frame), RowChecksum.of(source.toSparkDf(spark, request)));

        // STOREY takes its range from the spec, as MLRun's to_step does.
        source.setStartTime(start);
        source.setEndTime(end);
        List<Event> events = Events.collect(source.toStep(StepRequest.fromSpec()));
        assertEquals(frame.height(), events.size());
        assertTrue(events.stream().allMatch(e -> e.time() != null && e.key() instanceof Integer), events.get(0).toString());
    }

    @Test
    void namesAreMatchedIgnoringCaseWhenTheDatabaseSpellsThemOtherwise() {
        SqlSource source = SqlSource.ofTable("shouting", URL, "\"SHOUTING\"");
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all().withColumns(List.of("amount")))) {
            DataFrame frame = frames.findFirst().orElseThrow();
            assertEquals(List.of("AMOUNT"), Arrays.asList(frame.getColumnsIndex().toArray()));
            assertEquals(2, frame.height());
        }
        assertEquals(2, source.toSparkDf(spark, ReadRequest.all().withColumns(List.of("amount"))).count());
    }

    @Test
    void unknownTableAndColumnNameThemselves() {
        IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                () -> SqlSource.ofTable("h2", URL, "nope").toDataframe(ReadRequest.all()));
        assertTrue(table.getMessage().startsWith("sqldb source 'h2': table 'nope' not found in " + URL), table.getMessage());
        assertTrue(table.getMessage().contains("its tables are ["), table.getMessage());

        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> source(10).toDataframe(ReadRequest.all().withColumns(List.of("id", "amuont"))));
        assertTrue(column.getMessage().startsWith("sqldb source 'h2': the requested column 'amuont' is not a column of"
                + " table 'transactions'"), column.getMessage());
        assertTrue(column.getMessage().endsWith("its columns are [id, ts, category, amount, quantity, discount]."),
                column.getMessage());
    }
}
