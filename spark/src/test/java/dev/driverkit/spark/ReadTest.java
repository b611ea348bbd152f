package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading the example sources (csv, parquet, sqldb on a real PostgreSQL) through format("driverkit"), through
 * SQL and with a whole spec gives the rows, columns and types of the driver's own toSparkDf.
 */
class ReadTest {
    static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
    }

    /** A source as options, and the same source as the spec JSON its driver is read from directly. */
    record Case(String name, Map<String, String> options) {
        String spec() {
            Map<String, String> attributes = new LinkedHashMap<>(options);
            Map<String, String> common = new LinkedHashMap<>();
            for (String key : new String[] {"kind", "path", "key_field", "time_field"}) {
                if (attributes.containsKey(key)) {
                    common.put(key, attributes.remove(key));
                }
            }
            return "{" + json(common) + (attributes.isEmpty() ? "" : ", \"attributes\": {" + json(attributes) + "}") + "}";
        }

        private static String json(Map<String, String> values) {
            return values.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                    .collect(Collectors.joining(", "));
        }

        String sqlOptions() {
            return options.entrySet().stream().map(e -> e.getKey() + " '" + e.getValue() + "'")
                    .collect(Collectors.joining(", "));
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> sources() {
        return Stream.of(
                new Case("csv", Map.of("kind", "csv", "path", TestData.csv().toString(), "key_field", "id",
                        "time_field", "ts")),
                new Case("parquet", Map.of("kind", "parquet", "path", TestData.parquet().toString(), "time_field", "ts")),
                new Case("sqldb", Map.of("kind", "sqldb", "db_path", TestData.postgresUrl(), "table_name", TestData.TABLE,
                        "time_field", "ts")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void formatDriverkitReadsWhatTheDriverReads(Case source) {
        Dataset<Row> direct = TestData.direct(source.spec());
        Dataset<Row> read = spark.read().format("driverkit").options(source.options()).load();
        assertEquals(direct.schema(), read.schema());
        assertEquals(RowChecksum.of(direct), RowChecksum.of(read));
        assertEquals(SampleData.ROWS, RowChecksum.of(read).rows());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void aTemporaryViewUsingDriverkitReadsWhatTheDriverReads(Case source) {
        String view = "read_" + source.name();
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW " + view + " USING driverkit OPTIONS (" + source.sqlOptions() + ")");
        Dataset<Row> direct = TestData.direct(source.spec());
        Dataset<Row> viaSql = spark.sql("SELECT * FROM " + view);
        assertEquals(direct.schema(), viaSql.schema());
        assertEquals(RowChecksum.of(direct), RowChecksum.of(viaSql));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void theSpecOptionTakesAWholeSpec(Case source) {
        Dataset<Row> read = spark.read().format("driverkit").option("spec", source.spec()).load();
        assertEquals(RowChecksum.of(TestData.direct(source.spec())), RowChecksum.of(read));
    }

    @Test
    void optionsAreTypedByTheDriversSchemaAndMatchedWhateverTheirCase() {
        // Spark lower-cases option keys (parseDates arrives as parsedates); a list, a boolean and a character
        Dataset<Row> read = spark.read().format("driverkit").option("kind", "csv").option("path", TestData.csv().toString())
                .option("parseDates", "ts").option("HEADER", "true").option("delimiter", ",").load();
        String spec = "{\"kind\": \"csv\", \"path\": \"" + TestData.csv() + "\", \"attributes\": {\"parse_dates\": [\"ts\"],"
                + " \"header\": true, \"delimiter\": \",\"}}";
        assertEquals(RowChecksum.of(TestData.direct(spec)), RowChecksum.of(read));

        // an integer and a map (JSON), camelCase in SQL
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW typed USING driverkit OPTIONS (kind 'sqldb', dbPath '"
                + TestData.postgresUrl() + "', tableName '" + TestData.TABLE + "', chunksize '100',"
                + " sparkOptions '{\"fetchsize\": 50}')");
        String sqlSpec = "{\"kind\": \"sqldb\", \"attributes\": {\"db_path\": \"" + TestData.postgresUrl() + "\","
                + " \"table_name\": \"" + TestData.TABLE + "\", \"chunksize\": 100, \"spark_options\": {\"fetchsize\": 50}}}";
        assertEquals(RowChecksum.of(TestData.direct(sqlSpec)), RowChecksum.of(spark.sql("SELECT * FROM typed")));
    }

    @Test
    void loadTakesThePath() {
        Dataset<Row> read = spark.read().format("driverkit").option("kind", "parquet").load(TestData.parquet().toString());
        assertEquals(RowChecksum.of(TestData.direct("{\"kind\": \"parquet\", \"path\": \"" + TestData.parquet() + "\"}")),
                RowChecksum.of(read));
    }
}
