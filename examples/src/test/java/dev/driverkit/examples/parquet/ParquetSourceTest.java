package dev.driverkit.examples.parquet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.ReadRequest;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SampleData;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.registry.DriverRegistry;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.dflib.DataFrame;
import org.dflib.row.RowProxy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parquet source on SPARK and PANDAS (DuckDB), over parquet files that Spark wrote from the sample:
 * the same rows as the csv source, and the same rows on both engines for every kind of request.
 */
class ParquetSourceTest {
    @TempDir
    static Path folder;
    static SparkSession spark;
    static Path flat;
    static Path single;
    static Path byCategory;
    static RowChecksum expected;
    static DataFrame csvFrame;

    @BeforeAll
    static void writeParquet() throws Exception {
        spark = SharedSpark.session();
        Path csv = SampleData.write(folder.resolve("transactions.csv"));
        CsvSource source = CsvSource.of("transactions", csv.toString());
        source.setTimeField("ts");
        csvFrame = source.toDataframe(ReadRequest.all());
        expected = RowChecksum.of(csvFrame);

        Dataset<Row> rows = source.toSparkDf(spark, ReadRequest.all());
        flat = folder.resolve("flat");
        rows.write().parquet(flat.toString());
        byCategory = folder.resolve("by-category");
        rows.write().partitionBy("category").parquet(byCategory.toString());
        Path one = folder.resolve("one");
        rows.coalesce(1).write().parquet(one.toString());
        try (Stream<Path> files = Files.list(one)) {
            Path part = files.filter(file -> file.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            single = Files.copy(part, folder.resolve("transactions.parquet"));
        }
    }

    static ParquetSource source(Path path) {
        return (ParquetSource) DriverRegistry.load().readSource("{\"kind\": \"parquet\", \"name\": \"pq\", \"path\": \""
                + path.toString().replace("\\", "\\\\") + "\", \"key_field\": \"id\", \"time_field\": \"ts\"}");
    }

    @Test
    void bothEnginesReadWhatTheCsvSourceReads() {
        for (Path path : List.of(flat, single)) {
            ParquetSource source = source(path);
            assertEquals(expected, RowChecksum.of(source.toDataframe(ReadRequest.all())), "PANDAS " + path);
            assertEquals(expected, RowChecksum.of(source.toSparkDf(spark, ReadRequest.all())), "SPARK " + path);
        }
    }

    @Test
    void pandasFrameHasTheFileColumnsAsJavaValues() {
        DataFrame frame = source(single).toDataframe(ReadRequest.all());
        assertEquals(SampleData.COLUMNS, Arrays.asList(frame.getColumnsIndex().toArray()));
        assertAll(
                () -> assertEquals(1L, frame.get("id", 0), "Spark's int column, as a Long"),
                () -> assertEquals(SampleData.time(0), frame.get("ts", 0), "Spark's timestamp, as a UTC LocalDateTime"),
                () -> assertEquals("home, garden", frame.get("category", 1)),
                () -> assertEquals(79.19, frame.get("amount", 1)),
                () -> assertNull(frame.get("discount", 0)));
    }

    @Test
    void sparkOptionsAreMlrunsParquetOptions() {
        assertEquals(Map.of("path", flat.toString(), "format", "parquet"), source(flat).getSparkOptions());
        Dataset<Row> frame = source(flat).toSparkDf(spark, ReadRequest.all());
        assertEquals(DataTypes.TimestampType, frame.schema().apply("ts").dataType());
    }

    @Test
    void columnsAndTimeRangeAreHonouredAlike() {
        ReadRequest request = ReadRequest.all().withColumns(List.of("amount", "id"))
                .withTimeRange(SampleData.time(100), SampleData.time(200));
        DataFrame frame = source(flat).toDataframe(request);
        Dataset<Row> sparkFrame = source(flat).toSparkDf(spark, request);
        assertEquals(List.of("amount", "id"), Arrays.asList(frame.getColumnsIndex().toArray()));
        assertEquals(List.of("amount", "id"), Arrays.asList(sparkFrame.columns()));
        assertEquals(100, frame.height(), "start is exclusive, end inclusive");
        assertEquals(List.of(102L, 201L), List.of(min(frame, "id"), max(frame, "id")));
        assertEquals(RowChecksum.of(frame), RowChecksum.of(sparkFrame));
    }

    @Test
    void theSpecTimeRangeAppliesWhenTheRequestHasNone() {
        ParquetSource source = source(flat);
        source.setStartTime(SampleData.time(989));
        assertEquals(10, source.toDataframe(ReadRequest.all()).height());
        assertEquals(10, source.toSparkDf(spark, ReadRequest.all()).count());
        ReadRequest request = ReadRequest.all().withTimeRange(null, SampleData.time(994));
        assertEquals(5, source.toDataframe(request).height(), "the request's end, the spec's start");
        assertEquals(5, source.toSparkDf(spark, request).count());
    }

    @Test
    void additionalFiltersFromTheSpecAndTheRequestAreHonouredAlike() {
        ParquetSource source = source(flat);
        source.setAdditionalFilters(List.of(List.of("quantity", ">=", 5), List.of("category", "in", List.of("books", "music"))));
        ReadRequest request = new ReadRequest(null, null, null, null, null, List.of(List.of("discount", "!=", 0.5)));
        long expectedRows = 0;
        for (RowProxy row : csvFrame) {
            long quantity = (Long) row.get("quantity");
            Object discount = row.get("discount");
            if (quantity >= 5 && List.of("books", "music").contains(row.get("category")) && discount != null
                    && (Double) discount != 0.5) {
                expectedRows++;
            }
        }
        DataFrame frame = source.toDataframe(request);
        assertTrue(expectedRows > 10, "the filters keep some rows: " + expectedRows);
        assertEquals(expectedRows, frame.height());
        assertEquals(RowChecksum.of(frame), RowChecksum.of(source.toSparkDf(spark, request)));
    }

    @Test
    void hivePartitionFoldersAreColumnsOnBothEngines() {
        ParquetSource source = source(byCategory);
        DataFrame frame = source.toDataframe(ReadRequest.all());
        assertTrue(Arrays.asList(frame.getColumnsIndex().toArray()).contains("category"));
        assertEquals(expected, RowChecksum.of(frame));
        assertEquals(expected, RowChecksum.of(source.toSparkDf(spark, ReadRequest.all())));
        ReadRequest books = new ReadRequest(List.of("id"), null, null, null, null, List.of(List.of("category", "=", "home, garden")));
        assertEquals(200, source.toDataframe(books).height());
        assertEquals(200, source.toSparkDf(spark, books).count());
    }

    @Test
    void aMissingFileIsNamedOnBothEngines() {
        Path missing = folder.resolve("no-such.parquet");
        for (Executable read : List.<Executable>of(() -> source(missing).toDataframe(ReadRequest.all()),
                () -> source(missing).toSparkDf(spark, ReadRequest.all()))) {
            UncheckedIOException e = assertThrows(UncheckedIOException.class, read);
            assertEquals("parquet source 'pq': file not found: " + missing.toAbsolutePath(), e.getMessage());
        }
    }

    @Test
    void aFolderWithoutParquetFilesIsNamed() throws Exception {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(empty.resolve("_SUCCESS"), "");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> source(empty).toDataframe(ReadRequest.all()));
        assertEquals("parquet source 'pq': no parquet files in " + empty.toAbsolutePath(), e.getMessage());
    }

    @Test
    void wrongColumnsAreNamedWithTheFileAndItsColumns() {
        ReadRequest column = ReadRequest.all().withColumns(List.of("id", "price"));
        ReadRequest time = new ReadRequest(null, null, SampleData.START, null, "created", null);
        ReadRequest filter = new ReadRequest(null, null, null, null, null, List.of(List.of("colour", "=", "red")));
        Map<ReadRequest, String> problems = Map.of(column, "the requested column 'price' is not a column of",
                time, "the time field 'created' is not a column of",
                filter, "the additional_filters column 'colour' is not a column of");
        problems.forEach((request, problem) -> {
            for (Executable read : List.<Executable>of(() -> source(flat).toDataframe(request),
                    () -> source(flat).toSparkDf(spark, request))) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
                assertTrue(e.getMessage().startsWith("parquet source 'pq': " + problem), e.getMessage());
                assertTrue(e.getMessage().contains(flat.toString()), e.getMessage());
                assertTrue(e.getMessage().contains("[id, ts, category, amount, quantity, discount]"), e.getMessage());
            }
        });
    }

    @Test
    void malformedFiltersAreRefusedBeforeReading() {
        ReadRequest request = new ReadRequest(null, null, null, null, null, List.of(List.of("id", "~", 3)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source(flat).toDataframe(request));
        assertTrue(e.getMessage().contains("unknown operator '~' in [id, ~, 3]"), e.getMessage());
        ReadRequest notAList = new ReadRequest(null, null, null, null, null, List.of(List.of("id", "in", 3)));
        e = assertThrows(IllegalArgumentException.class, () -> source(flat).toSparkDf(spark, notAList));
        assertTrue(e.getMessage().contains("'in' needs a list of values"), e.getMessage());
    }

    @Test
    void aTimeRangeNeedsATimeField() {
        ParquetSource source = source(flat);
        source.setTimeField(null);
        ReadRequest range = ReadRequest.all().withTimeRange(SampleData.START, null);
        for (Executable read : List.<Executable>of(() -> source.toDataframe(range), () -> source.toSparkDf(spark, range))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, read);
            assertTrue(e.getMessage().contains("has no time field"), e.getMessage());
        }
    }

    @Test
    void pandasReadsLocalFilesOnly() {
        ParquetSource remote = ParquetSource.of("remote", "s3://bucket/data/");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> remote.toDataframe(ReadRequest.all()));
        assertTrue(e.getMessage().contains("reads and writes local files on PANDAS, not s3://bucket/data/; use Engine.SPARK"),
                e.getMessage());
        assertInstanceOf(ParquetSource.class, ParquetSource.of("file", flat.toUri().toString()));
        assertEquals(expected, RowChecksum.of(ParquetSource.of("uri", flat.toUri().toString()).toDataframe(ReadRequest.all())),
                "a file: URI is a local path");
    }

    private static long min(DataFrame frame, String column) {
        return java.util.stream.StreamSupport.stream(frame.getColumn(column).spliterator(), false)
                .mapToLong(value -> (Long) value).min().orElseThrow();
    }

    private static long max(DataFrame frame, String column) {
        return java.util.stream.StreamSupport.stream(frame.getColumn(column).spliterator(), false)
                .mapToLong(value -> (Long) value).max().orElseThrow();
    }
}
