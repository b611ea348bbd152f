package dev.driverkit.examples.targets;

import dev.driverkit.DriverFlag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.driverkit.BaseStoreTarget;
import dev.driverkit.examples.parquet.ParquetTarget;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverLookupException;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.registry.QueryMode;
import dev.driverkit.spec.SpecException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Target specs in MLRun's shape, and registry queries of targets by kind and capability. */
class TargetSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverRegistry registry = DriverRegistry.load();

    @Test
    void mlrunTargetVectorsReadAndWriteBackUnchanged() throws Exception {
        for (String vector : List.of(
                "{\"name\": \"parquet\", \"kind\": \"parquet\", \"partitioned\": true, \"max_events\": 10000,"
                        + " \"flush_after_seconds\": 900}",
                "{\"name\": \"nosql\", \"kind\": \"nosql\", \"partitioned\": false}")) {
            BaseStoreTarget target = registry.readTarget(vector);
            assertEquals(JSON.readTree(vector), JSON.readTree(registry.writeSpec(target)), vector);
        }
        ParquetTarget parquet = assertInstanceOf(ParquetTarget.class, registry.readTarget(
                "{\"name\": \"parquet\", \"kind\": \"parquet\", \"partitioned\": true, \"max_events\": 10000,"
                        + " \"flush_after_seconds\": 900}"));
        assertEquals(true, parquet.getPartitioned());
        assertEquals(10000, parquet.getMaxEvents());
        assertEquals(900, parquet.getFlushAfterSeconds());
        assertEquals("parquet", parquet.kind());
    }

    @Test
    void everyDataTargetBaseAndStatusFieldRoundTrips() throws Exception {
        String vector = "{\"name\": \"pq\", \"kind\": \"parquet\", \"path\": \"s3://b/out/\", \"after_step\": \"enrich\","
                + " \"attributes\": {\"compression\": \"zstd\"}, \"partitioned\": true, \"key_bucketing_number\": 0,"
                + " \"partition_cols\": [\"region\"], \"time_partitioning_granularity\": \"hour\", \"max_events\": 100,"
                + " \"flush_after_seconds\": 60, \"storage_options\": {\"key\": \"k\", \"anon\": false},"
                + " \"run_id\": \"r1\", \"schema\": {\"fields\": [{\"name\": \"id\", \"type\": \"int\"}]},"
                + " \"credentials_prefix\": \"\", \"status\": \"ready\", \"updated\": \"2024-05-01T10:00:00\","
                + " \"size\": 12345, \"last_written\": \"2024-05-01T09:59:58\", \"online\": false,"
                + " \"start_time\": \"2024-01-01T00:00:00\"}";
        ParquetTarget target = (ParquetTarget) registry.readTarget(vector);
        assertEquals("enrich", target.getAfterStep());
        assertEquals(0, target.getKeyBucketingNumber());
        assertEquals(List.of("region"), target.getPartitionCols());
        assertEquals(Map.of("key", "k", "anon", false), target.getStorageOptions());
        assertEquals(12345L, target.getSize());
        assertEquals(LocalDateTime.of(2024, 5, 1, 9, 59, 58), target.getLastWritten());
        assertEquals("zstd", target.getCompression());
        assertEquals("", target.getCredentialsPrefix());
        assertEquals(JSON.readTree(vector), JSON.readTree(registry.writeSpec(target)));
    }

    @Test
    void sourcesAndTargetsAreSeparateKindSpaces() {
        SpecException asSource = assertThrows(SpecException.class, () -> registry.readSource("{\"kind\": \"nosql\"}"));
        assertEquals("$.kind", asSource.path());
        assertTrue(asSource.getMessage().contains("'nosql' is a target driver; it cannot be used as a source"),
                asSource.getMessage());
        DriverLookupException asTarget = assertThrows(DriverLookupException.class, () -> registry.target("csv"));
        assertTrue(asTarget.getMessage().startsWith("'csv' is a source driver; it cannot be used as a target"),
                asTarget.getMessage());
    }

    @Test
    void unknownTargetKindListsTheKnownOnes() {
        SpecException e = assertThrows(SpecException.class, () -> registry.readTarget("{\"kind\": \"parqet\"}"));
        assertEquals("parquet", e.suggestion());
        assertTrue(e.getMessage().contains("Known target kinds: kafka, memory, nosql, parquet, redisnosql, sqlite."), e.getMessage());
    }

    @Test
    void registryListsTargetsWithTheirFlags() {
        assertEquals(List.of("kafka", "memory", "nosql", "parquet", "redisnosql", "sqlite"), registry.targets().stream().map(DriverInfo::kind).toList());
        DriverInfo nosql = registry.target("nosql");
        assertEquals(java.util.Set.of(DriverFlag.APPEND, DriverFlag.ONLINE, DriverFlag.QUERYABLE, DriverFlag.TABLE), nosql.flags());
    }

    @Test
    void targetsThatServeQueries() {
        assertEquals(List.of("memory", "nosql", "redisnosql", "sqlite"),
                registry.targetsServing(QueryMode.ONLINE).stream().map(DriverInfo::kind).toList());
        assertEquals(List.of("parquet"),
                registry.targetsServing(QueryMode.OFFLINE).stream().map(DriverInfo::kind).toList());
    }
}
