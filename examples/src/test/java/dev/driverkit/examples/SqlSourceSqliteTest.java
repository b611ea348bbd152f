package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.registry.DriverRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sqldb source on a SQLite file, named the way MLRun names it ({@code sqlite:////absolute/path.db}, which
 * driverkit translates to SQLite's JDBC URL), holding what pandas writes (times as text; an amount column whose
 * first value is an integer, which SQLite's driver would report as an INTEGER column): the same rows on every
 * engine.
 */
class SqlSourceSqliteTest {
    @TempDir
    static Path dir;
    static String dbPath;
    static SparkSession spark;

    @BeforeAll
    static void load() throws Exception {
        Path file = dir.resolve("shop.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqlTestData.createTable(connection, SqlTestData.TABLE);
            try (Statement update = connection.createStatement()) {
                // times as Python's sqlite3 and pandas (so MLRun) write them: text, a space between date and time
                update.execute("UPDATE transactions SET ts = strftime('%Y-%m-%d %H:%M:%S', ts)");
            }
        }
        dbPath = "sqlite:///" + file; // the absolute path's own '/' makes it MLRun's four slashes
        spark = SharedSpark.session();
    }

    static SqlSource source(int chunksize) {
        return (SqlSource) DriverRegistry.load().readSource("{\"kind\": \"sqldb\", \"name\": \"shop\", \"attributes\": {"
                + "\"db_path\": \"" + dbPath + "\", \"table_name\": \"transactions\", \"chunksize\": " + chunksize + "},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\"}");
    }

    @Test
    void allThreeEnginesReturnTheSampleRows() {
        SqlSource source = source(400);
        DataFrame frame;
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all())) {
            frame = frames.reduce(DataFrame::vConcat).orElseThrow();
        }
        RowChecksum pandas = RowChecksum.of(frame);
        assertEquals(SqlTestData.expected(), pandas, "PANDAS vs the csv sample");
        assertEquals(pandas, RowChecksum.ofEvents(Events.collect(source.toStep(StepRequest.fromSpec()))), "STOREY");
        assertEquals(pandas, RowChecksum.of(source.toSparkDf(spark, ReadRequest.all())), "SPARK");
    }

    @Test
    void timeRangeIsAppliedOnEveryEngine() {
        LocalDateTime start = SampleData.START.plusDays(1);
        LocalDateTime end = SampleData.START.plusDays(2);
        ReadRequest request = ReadRequest.all().withColumns(List.of("id", "amount")).withTimeRange(start, end);
        SqlSource source = source(50);
        DataFrame frame;
        try (Stream<DataFrame> frames = source.toDataframe(request)) {
            frame = frames.reduce(DataFrame::vConcat).orElseThrow();
        }
        assertEquals(SqlTestData.rowsBetween(start, end), frame.height());
        long firstId = 1 + IntStream.range(0, SampleData.ROWS).filter(i -> SampleData.time(i).isAfter(start))
                .findFirst().orElseThrow(); // the right rows, not only as many: text times compare by spelling
        assertEquals(firstId, ((Number) frame.getColumn("id").get(0)).longValue());
        assertEquals(RowChecksum.of(frame), RowChecksum.of(source.toSparkDf(spark, request)));
        source.setStartTime(start);
        source.setEndTime(end);
        assertEquals(frame.height(), Events.collect(source.toStep(StepRequest.fromSpec())).size());
    }
}
