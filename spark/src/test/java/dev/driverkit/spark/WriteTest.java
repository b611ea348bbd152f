package dev.driverkit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing through a target's SPARK role: df.write.format("driverkit"), CREATE TABLE ... AS SELECT, INSERT INTO. */
class WriteTest {
    static SparkSession spark;
    static Dataset<Row> sample;
    static RowChecksum expected;

    @BeforeAll
    static void start() {
        spark = TestSpark.session();
        sample = spark.read().format("driverkit").option("kind", "csv").option("path", TestData.csv().toString()).load();
        expected = RowChecksum.of(TestData.direct("{\"kind\": \"csv\", \"path\": \"" + TestData.csv() + "\"}"));
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW sample USING driverkit OPTIONS (kind 'csv', path '" + TestData.csv()
                + "')");
    }

    private static Path out(String name) {
        return TestData.dir("write").resolve(name);
    }

    private static Dataset<Row> readParquet(Path path) {
        return spark.read().format("driverkit").option("kind", "parquet").option("path", path.toString()).load();
    }

    private static Dataset<Row> readParquetDirectly(Path path) {
        return TestData.direct("{\"kind\": \"parquet\", \"path\": \"" + path + "\"}");
    }

    @Test
    void aFrameWrittenToTheParquetTargetReadsBackTheSame() {
        Path out = out("overwrite");
        sample.write().format("driverkit").option("kind", "parquet").option("path", out.toString()).mode("overwrite").save();
        assertEquals(expected, RowChecksum.of(readParquet(out)));
        assertEquals(expected, RowChecksum.of(readParquetDirectly(out)));

        sample.limit(10).write().format("driverkit").option("kind", "parquet").mode(SaveMode.Overwrite).save(out.toString());
        assertEquals(10, readParquet(out).count());
    }

    @Test
    void appendAddsToATargetThatAppends() {
        Path out = out("append");
        sample.write().format("driverkit").option("kind", "parquet").option("path", out.toString()).mode("overwrite").save();
        sample.write().format("driverkit").option("kind", "parquet").option("path", out.toString()).mode("append").save();
        Dataset<Row> back = readParquet(out);
        assertEquals(2 * SampleData.ROWS, back.count());
        assertEquals(expected, RowChecksum.of(back.dropDuplicates()));
    }

    @Test
    void spark_sDefaultModeIsRefusedWithTheModesThatWork() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> sample.write()
                .format("driverkit").option("kind", "parquet").option("path", out("default").toString()).save());
        assertTrue(error.getMessage().contains("SaveMode.ErrorIfExists (Spark's default for df.write) is not supported"),
                error.getMessage());
        assertTrue(error.getMessage().contains("Choose .mode(\"overwrite\") or .mode(\"append\")."), error.getMessage());
        assertTrue(Files.notExists(out("default")));

        error = assertThrows(IllegalArgumentException.class, () -> sample.write().format("driverkit")
                .option("kind", "parquet").option("path", out("ignore").toString()).mode("ignore").save());
        assertTrue(error.getMessage().startsWith("SaveMode.Ignore is not supported"), error.getMessage());
    }

    @Test
    void aTargetWithoutAppendIsOverwrittenThroughSparksGenericWriteAndRefusesToAppend() {
        Path out = out("overwrite-only");
        sample.write().format("driverkit").option("kind", "overwriteonly").option("path", out.toString()).mode("overwrite")
                .save();
        assertEquals(expected, RowChecksum.of(spark.read().parquet(out.toString())));

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> sample.write()
                .format("driverkit").option("kind", "overwriteonly").option("path", out.toString()).mode("append").save());
        assertEquals("the 'overwriteonly' target cannot append: its driver (dev.driverkit.spark.drivers.OverwriteOnlyTarget)"
                + " is declared without append = true. Overwrite it instead: df.write.mode(\"overwrite\"), INSERT OVERWRITE.",
                error.getMessage());
        error = assertThrows(IllegalArgumentException.class, () -> sample.write().format("driverkit")
                .option("kind", "overwriteonly").option("path", out.toString()).save());
        assertTrue(error.getMessage().endsWith("Choose .mode(\"overwrite\") (the target cannot append: its driver is"
                + " declared without append = true)."), error.getMessage());
    }

    @Test
    void createTableAsSelectThenInsertIntoAndInsertOverwrite() throws Exception {
        Path out = out("table");
        spark.sql("CREATE TABLE sales USING driverkit OPTIONS (kind 'parquet', path '" + out + "', compression 'zstd')"
                + " AS SELECT * FROM sample");
        try {
            assertEquals(expected, RowChecksum.of(spark.sql("SELECT * FROM sales")));
            assertEquals(expected, RowChecksum.of(readParquetDirectly(out)));
            try (var files = Files.walk(out)) {
                assertTrue(files.anyMatch(file -> file.getFileName().toString().endsWith(".zstd.parquet")), "zstd files");
            }

            spark.sql("INSERT INTO sales SELECT * FROM sample WHERE category = 'books'");
            assertEquals(SampleData.ROWS + 200, spark.sql("SELECT * FROM sales").count());

            spark.sql("INSERT OVERWRITE TABLE sales SELECT * FROM sample WHERE quantity = 1");
            Dataset<Row> back = spark.sql("SELECT quantity, count(*) AS n FROM sales GROUP BY quantity");
            assertEquals(1, back.count());
            assertEquals(1, back.first().<Integer>getAs("quantity"));
        } finally {
            spark.sql("DROP TABLE IF EXISTS sales");
        }
    }

    @Test
    void insertIntoATemporaryViewWithDeclaredColumns() {
        Path out = out("view");
        spark.sql("CREATE OR REPLACE TEMPORARY VIEW sink (id INT, ts TIMESTAMP, category STRING, amount DOUBLE,"
                + " quantity INT, discount DOUBLE) USING driverkit OPTIONS (kind 'parquet', path '" + out + "')");
        spark.sql("INSERT OVERWRITE TABLE sink SELECT * FROM sample");
        assertEquals(expected, RowChecksum.of(spark.sql("SELECT * FROM sink")));
        spark.sql("INSERT INTO sink SELECT * FROM sample WHERE id <= 10");
        assertEquals(SampleData.ROWS + 10, spark.sql("SELECT * FROM sink").count());
    }

    @Test
    void partitionByAndTimestampKeyShapeTheTargetsFolders() throws Exception {
        Path byColumn = out("partition-by");
        sample.write().format("driverkit").option("kind", "parquet").partitionBy("category").mode("overwrite")
                .save(byColumn.toString());
        assertTrue(Files.isDirectory(byColumn.resolve("category=books")), "category=books");
        assertEquals(expected, RowChecksum.of(readParquet(byColumn)));

        Path byTime = out("by-time");
        sample.write().format("driverkit").option("kind", "parquet").option("partitioned", "true")
                .option("time_partitioning_granularity", "day").option("timestamp_key", "ts").option("key_columns", "id")
                .mode("overwrite").save(byTime.toString());
        assertTrue(Files.isDirectory(byTime.resolve("year=2024/month=1/day=1")), "year=2024/month=1/day=1");
    }
}
