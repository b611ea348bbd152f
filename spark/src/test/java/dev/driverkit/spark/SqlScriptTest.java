package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** The Spark SQL script runner, and the sales script it runs here (in process) and on a cluster (SparkClusterIT). */
class SqlScriptTest {

    /** The sales script of the test resources. */
    static String salesScript() {
        try (InputStream in = SqlScriptTest.class.getResourceAsStream("/scripts/sales.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the sales script prints for the sample: the count and quantity sum of each read, and of the output. */
    static List<String> expectedSalesOutput() {
        long quantity = IntStream.range(0, SampleData.ROWS).mapToLong(i -> 1 + (i * 31) % 9).sum();
        LocalDateTime from = LocalDateTime.of(2024, 1, 2, 0, 0);
        LocalDateTime to = LocalDateTime.of(2024, 1, 3, 0, 0);
        int[] day = IntStream.range(0, SampleData.ROWS)
                .filter(i -> SampleData.time(i).isAfter(from) && !SampleData.time(i).isAfter(to)).toArray();
        long dayQuantity = IntStream.of(day).mapToLong(i -> 1 + (i * 31) % 9).sum();
        return List.of("csv\t1000\t" + quantity, "parquet\t1000\t" + quantity, "sqldb\t1000\t" + quantity,
                "from_db\t" + (1000 + day.length) + "\t" + (quantity + dayQuantity));
    }

    @Test
    void statementsEndWithASemicolonAtTheEndOfALineAndCommentLinesAreSkipped() {
        assertEquals(List.of("SELECT 1", "SELECT ';' AS x,\n  2", "SELECT 3"),
                SqlScript.statements("-- a comment; not a statement\nSELECT 1;\n\nSELECT ';' AS x,\n  2 ;\n  -- again\nSELECT 3"));
    }

    @Test
    void theSalesScriptReadsEverySourceAndWritesThroughTheParquetTarget() {
        SparkSession spark = TestSpark.session();
        Path out = TestData.dir("script");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            SqlScript.run(spark, salesScript(), Map.of("csv_path", TestData.csv().toString(), "parquet_path",
                    TestData.parquet().toString(), "database", TestData.postgresUrl(), "out_dir", out.toString()),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));
        } finally {
            for (String table : List.of("sales_from_csv", "sales_from_parquet", "sales_from_db")) {
                spark.sql("DROP TABLE IF EXISTS " + table);
            }
        }
        assertEquals(expectedSalesOutput(), printed.toString(StandardCharsets.UTF_8).lines().toList());
        RowChecksum expected = RowChecksum.of(TestData.direct("{\"kind\": \"csv\", \"path\": \"" + TestData.csv() + "\"}"));
        for (String written : List.of("from_csv", "from_parquet")) {
            assertEquals(expected, RowChecksum.of(TestData.direct("{\"kind\": \"parquet\", \"path\": \""
                    + out.resolve(written) + "\"}")), written);
        }
    }
}
