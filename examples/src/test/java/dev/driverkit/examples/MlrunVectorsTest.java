package dev.driverkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driverkit.BaseSourceDriver;
import dev.driverkit.examples.csv.CsvSource;
import dev.driverkit.examples.parquet.ParquetSource;
import dev.driverkit.registry.DriverRegistry;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The spec vectors of shared/mlrun-model.md: what MLRun writes, Java reads; what Java writes back is the same. */
class MlrunVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverRegistry registry = DriverRegistry.load();

    @Test
    void mlrunCsvVectorReadsAndWritesBackUnchanged() throws Exception {
        String vector = "{\"kind\": \"csv\", \"name\": \"mycsv\", \"path\": \"v3io:///projects/p/data.csv\", \"key_field\": \"id\"}";
        CsvSource csv = assertInstanceOf(CsvSource.class, registry.readSource(vector));
        assertEquals("csv", csv.kind());
        assertEquals("mycsv", csv.getName());
        assertEquals("v3io:///projects/p/data.csv", csv.getPath());
        assertEquals("id", csv.getKeyField());
        assertNull(csv.getTimeField());
        assertEquals(List.of(), csv.getParseDates());
        assertTrue(csv.hasHeader());
        assertEquals(',', csv.getDelimiter());
        assertEquals(JSON.readTree(vector), JSON.readTree(registry.writeSpec(csv)));
    }

    @Test
    void csvParseDatesSurviveTheTrip() throws Exception {
        // MLRun's known bug class: csv parse_dates kept outside "attributes" is lost in transit.
        String vector = "{\"kind\": \"csv\", \"name\": \"c\", \"path\": \"/d/c.csv\", \"attributes\":"
                + " {\"parse_dates\": [\"ts\", \"created\"], \"header\": false, \"delimiter\": \";\"},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\"}";
        CsvSource csv = (CsvSource) registry.readSource(vector);
        assertEquals(List.of("ts", "created"), csv.getParseDates());
        assertEquals(false, csv.hasHeader());
        assertEquals(';', csv.getDelimiter());
        assertEquals(JSON.readTree(vector), JSON.readTree(registry.writeSpec(csv)));
    }

    @Test
    void everyDataSourceFieldIsReadAndWrittenBack() throws Exception {
        ObjectNode vector = (ObjectNode) JSON.readTree("{\"kind\": \"csv\", \"name\": \"full\", \"path\": \"/d/f.csv\","
                + " \"attributes\": {\"header\": true}, \"key_field\": \"id\", \"time_field\": \"ts\","
                + " \"schedule\": \"0 * * * *\", \"workers\": 2, \"max_age\": 0,"
                + " \"start_time\": \"2024-01-01T00:00:00\", \"end_time\": \"2024-02-01T12:30:00\","
                + " \"credentials_prefix\": \"\"}");
        BaseSourceDriver source = registry.readSource(vector.toString());
        assertEquals("0 * * * *", source.getSchedule());
        assertEquals(2, source.getWorkers());
        assertEquals(0, source.getMaxAge());
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), source.getStartTime());
        assertEquals(LocalDateTime.of(2024, 2, 1, 12, 30), source.getEndTime());
        assertEquals("", source.getCredentialsPrefix());

        ObjectNode written = (ObjectNode) JSON.readTree(registry.writeSpec(source));
        // Times come back as the same ISO-8601 date-time (compared as values: the text may differ in precision).
        for (String key : List.of("start_time", "end_time")) {
            assertEquals(LocalDateTime.parse(vector.get(key).asText()), LocalDateTime.parse(written.get(key).asText()), key);
            written.remove(key);
            vector.remove(key);
        }
        assertEquals(vector, written);
    }

    @Test
    void mlrunUtcTimesAreReadAsUtcLocalTimes() {
        BaseSourceDriver source = registry.readSource(
                "{\"kind\": \"csv\", \"start_time\": \"2016-05-24T22:00:00.000Z\", \"end_time\": \"2016-05-25T01:00:00+02:00\"}");
        assertEquals(LocalDateTime.of(2016, 5, 24, 22, 0), source.getStartTime());
        assertEquals(LocalDateTime.of(2016, 5, 24, 23, 0), source.getEndTime());
    }

    @Test
    void mlrunParquetSourceVectorReadsAndWritesBackUnchanged() throws Exception {
        String vector = "{\"kind\": \"parquet\", \"name\": \"pq\", \"path\": \"s3://b/data/\","
                + " \"attributes\": {\"additional_filters\": [[\"x\", \"=\", 3]]},"
                + " \"key_field\": \"id\", \"time_field\": \"ts\", \"start_time\": \"2024-01-01T00:00:00\"}";
        // Strict reading: additional_filters is a @Spec List<List<Object>> (mixed JSON values).
        ParquetSource parquet = assertInstanceOf(ParquetSource.class, registry.readSource(vector));
        assertEquals("parquet", parquet.kind());
        assertEquals("s3://b/data/", parquet.getPath());
        assertEquals("ts", parquet.getTimeField());
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), parquet.getStartTime());
        assertEquals(List.of(List.of("x", "=", 3L)), parquet.getAdditionalFilters());
        assertEquals(Map.of(), parquet.getExtraAttributes());
        assertEquals(JSON.readTree(vector), JSON.readTree(registry.writeSpec(parquet)));
        assertEquals("{\"path\":\"s3://b/data/\",\"format\":\"parquet\"}",
                JSON.writeValueAsString(parquet.getSparkOptions()));
    }
}
