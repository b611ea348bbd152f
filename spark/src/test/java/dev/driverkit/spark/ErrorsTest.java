package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.registry.DriverRegistry;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** What a user gets wrong, and what the data source answers. */
class ErrorsTest {
    static SparkSession spark;
    static Dataset<Row> sample;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
        sample = spark.read().format("driverkit").option("kind", "csv").option("path", TestData.csv().toString()).load();
    }

    private static String message(Executable action) {
        return assertThrows(IllegalArgumentException.class, action).getMessage();
    }

    private static void read(Map<String, String> options) {
        spark.read().format("driverkit").options(options).load();
    }

    @Test
    void anUnknownKindListsTheKindsThatRunOnSpark() {
        assertEquals("Unknown source kind 'cvs'. Did you mean 'csv'? Source kinds that run on Spark: csv, kafka,"
                + " parquet, recording, sqldb.", message(() -> read(Map.of("kind", "cvs"))));
        assertEquals("Unknown target kind 'parket'. Did you mean 'parquet'? Target kinds that run on Spark:"
                + " kafka, memory, overwriteonly, parquet, redisnosql.", message(() -> sample.write().format("driverkit").option("kind", "parket")
                        .mode("overwrite").save()));
        String sql = message(() -> spark.sql("CREATE TEMPORARY VIEW nothing USING driverkit OPTIONS (kind 'xyz')"));
        assertEquals("Unknown source kind 'xyz'. Source kinds that run on Spark: csv, kafka, parquet, recording, sqldb.", sql);
    }

    @Test
    void aDriverWithoutSparkNamesItsEngines() {
        assertEquals("The 'storeyonly' source driver (" + DriverRegistry.load().source("storeyonly").describe()
                + ") does not run on Spark: it supports only Engine.STOREY. Source kinds that"
                + " run on Spark: csv, kafka, parquet, recording, sqldb.", message(() -> read(Map.of("kind", "storeyonly"))));
        String sqlite = message(() -> sample.write().format("driverkit").option("kind", "sqlite").mode("overwrite").save());
        assertTrue(sqlite.startsWith("The 'sqlite' target driver (dev.driverkit.examples.sqlite.SqliteTarget (from "), sqlite);
        assertTrue(sqlite.endsWith(")) does not run on Spark: it supports Engine.STOREY, Engine.PANDAS. Target kinds"
                + " that run on Spark: kafka, memory, overwriteonly, parquet, redisnosql."), sqlite);
    }

    @Test
    void aKindOfTheOtherDirectionSaysHowToUseIt() {
        assertEquals("'overwriteonly' is a target driver, not a source: write to it (df.write.format(\"driverkit\"),"
                + " INSERT INTO, CREATE TABLE ... AS SELECT). Source kinds that run on Spark: csv, kafka, parquet, recording,"
                + " sqldb.", message(() -> spark.read().format("driverkit").option("kind", "overwriteonly")
                        .schema("id INT").load().collect()));
        assertEquals("'sqldb' is a source driver, not a target: read from it (spark.read.format(\"driverkit\"), SELECT)."
                + " Target kinds that run on Spark: kafka, memory, overwriteonly, parquet, redisnosql.", message(() -> sample.write()
                        .format("driverkit").option("kind", "sqldb").mode("overwrite").save()));
        String noColumns = message(() -> read(Map.of("kind", "overwriteonly", "path", "/tmp/x")));
        assertTrue(noColumns.startsWith("'overwriteonly' is a target driver without a source on Spark, so its columns"
                + " cannot be read: declare them to write into it, as in CREATE TEMPORARY VIEW v (id INT, ts TIMESTAMP,"
                + " ...) USING driverkit OPTIONS (kind 'overwriteonly', ...)"), noColumns);
    }

    @Test
    void anUnknownOptionIsAnErrorWithTheNearestKey() {
        String typo = message(() -> read(Map.of("kind", "csv", "path", TestData.csv().toString(), "parse_date", "ts")));
        assertTrue(typo.startsWith("Unknown option 'parse_date' for the 'csv' source (dev.driverkit.examples.csv.CsvSource)."
                + " Did you mean 'parse_dates'? Its options: name, path, key_field, time_field, schedule, online, workers,"
                + " max_age, start_time, end_time, credentials_prefix; its own attributes: parse_dates, header, delimiter;"
                + " and the data source's: kind, spec, key_columns, timestamp_key."), typo);
        // SQL hands the keys over lower-cased; the hint is still there
        String sql = message(() -> spark.sql("CREATE TEMPORARY VIEW typo USING driverkit OPTIONS (kind 'csv', path '"
                + TestData.csv() + "', timefeld 'ts')"));
        assertTrue(sql.startsWith("Unknown option 'timefeld' for the 'csv' source (dev.driverkit.examples.csv.CsvSource)."
                + " Did you mean 'time_field'?"), sql);
    }

    @Test
    void aValueOfTheWrongTypeNamesTheOptionAndWhatItMustBe() {
        assertEquals("Option 'header' of the 'csv' source: Bad spec at $.attributes.header: expected true or false,"
                + " found the string \"maybe\".", message(() -> read(Map.of("kind", "csv", "path", "x.csv", "header", "maybe"))));
        assertEquals("Option 'chunksize' of the 'sqldb' source: Bad spec at $.attributes.chunksize: expected a 32-bit"
                + " integer, found the string \"many\".", message(() -> read(Map.of("kind", "sqldb", "chunksize", "many"))));
        assertEquals("Option 'start_time' of the 'parquet' source: Bad spec at $.start_time: expected an ISO-8601"
                + " date-time such as 2024-01-01T00:00:00, found \"yesterday\".",
                message(() -> read(Map.of("kind", "parquet", "start_time", "yesterday"))));
    }

    @Test
    void theDriverIsNamedByKindOrSpec() {
        assertEquals("Name the driver: .option(\"kind\", \"csv\") (SQL: OPTIONS (kind 'csv')), or give its whole spec"
                + " JSON with .option(\"spec\", ...).", message(() -> read(Map.of("path", "x.csv"))));
        assertEquals("The \"kind\" option ('csv') and the \"spec\" option's kind ('parquet') differ: give one of them.",
                message(() -> read(Map.of("kind", "csv", "spec", "{\"kind\": \"parquet\"}"))));
        assertEquals("The spec of the 'csv' source (from the \"spec\" option): Bad spec at $.pth: unknown key \"pth\" (a"
                + " driver's own settings go inside \"attributes\"; read leniently to ignore unknown keys). Did you mean"
                + " 'path'?", message(() -> read(Map.of("spec", "{\"kind\": \"csv\", \"pth\": \"x.csv\"}"))));
    }
}
