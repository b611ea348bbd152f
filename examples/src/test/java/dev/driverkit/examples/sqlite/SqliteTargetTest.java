package dev.driverkit.examples.sqlite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.BaseStoreTarget;
import dev.driverkit.DriverFlag;
import dev.driverkit.Engine;
import dev.driverkit.engine.FeatureTable;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.StoreyWriter;
import dev.driverkit.engine.WriteRequest;
import dev.driverkit.engine.WriteResult;
import dev.driverkit.engine.WriterStepRequest;
import dev.driverkit.examples.onlinetest.Await;
import dev.driverkit.examples.onlinetest.EventStream;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sqlite online store: upserts by entity key, columns added as features appear, types kept, lookups. */
class SqliteTargetTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    private final DriverRegistry registry = DriverRegistry.load();

    private BaseStoreTarget target(String attributes) {
        return registry.readTarget("{\"kind\": \"sqlite\", \"name\": \"online\", \"path\": \"" + folder.resolve("online.db")
                + "\"" + (attributes.isEmpty() ? "" : ", \"attributes\": {" + attributes + "}") + "}");
    }

    private static WriteResult write(BaseStoreTarget target, List<String> keys, List<String> features, EventStream events)
            throws ExecutionException {
        StoreyWriter writer = (StoreyWriter) Roles.storey(target).addWriterStep(new WriterStepRequest(null, features, keys, null));
        events.subscribe(writer);
        return Await.result(writer.completion(), WAIT);
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    @Test
    void theRegistryListsItAsAQueryableOnlineTableOnStoreyAndPandas() {
        DriverInfo info = registry.target("sqlite");
        assertEquals(Set.of(Engine.STOREY, Engine.PANDAS), info.engines());
        assertEquals(Set.of(DriverFlag.ONLINE, DriverFlag.TABLE, DriverFlag.APPEND, DriverFlag.QUERYABLE), info.flags());
        String spec = "{\"kind\":\"sqlite\",\"name\":\"online\",\"path\":\"sqlite:////data/online.db\",\"attributes\":"
                + "{\"table_name\":\"customers\",\"key_columns\":[\"id\"]}}";
        assertEquals(spec, registry.writeSpec(registry.readTarget(spec)));
    }

    @Test
    void eventsAreUpsertedWithTheirTypesAndNewFeaturesAddColumns() throws Exception {
        BaseStoreTarget target = target("");
        Instant ts = Instant.parse("2024-01-01T10:00:00.25Z");
        byte[] blob = {1, 2, 3};
        write(target, List.of("id"), List.of(), EventStream.of(2, i -> row("id", i, "amount", 10.5 + i, "count", 3,
                "vip", i == 0, "name", "c" + i, "ts", ts, "day", LocalDate.of(2024, 1, 2), "wait", Duration.ofMinutes(3),
                "price", new BigDecimal("19.99"), "raw", blob, "gap", Double.NaN, "big", Long.MAX_VALUE)));
        // A later stream: a new feature, a changed value, a null, and other features untouched.
        write(target, List.of("id"), List.of(), EventStream.of(1, i -> row("id", 0, "amount", 99.0, "name", null,
                "segment", "gold")));

        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            Map<String, Object> zero = table.lookup(Map.of("id", 0)).orElseThrow();
            assertEquals(0L, zero.get("id"));
            assertEquals(99.0, zero.get("amount"));
            assertEquals(3L, zero.get("count"));
            assertEquals(true, zero.get("vip"));
            assertFalse(zero.containsKey("name"), "the null replaced the name; a lookup leaves nulls out");
            assertEquals("gold", zero.get("segment"));
            assertEquals(ts, zero.get("ts"));
            assertEquals(LocalDate.of(2024, 1, 2), zero.get("day"));
            assertEquals(Duration.ofMinutes(3), zero.get("wait"));
            assertEquals(new BigDecimal("19.99"), zero.get("price"));
            assertArrayEquals(blob, (byte[]) zero.get("raw"));
            assertTrue(Double.isNaN((Double) zero.get("gap")), "NaN stays NaN (SQLite alone would make it NULL)");
            assertEquals(Long.MAX_VALUE, zero.get("big"));
            Map<String, Object> one = table.lookup(Map.of("id", 1)).orElseThrow();
            assertEquals("c1", one.get("name"));
            assertFalse(one.containsKey("segment"));
            assertEquals(Optional.empty(), table.lookup(Map.of("id", 2)), "an unknown entity is empty");
            assertEquals(Optional.empty(), table.lookup(Map.of("id", "zero")), "a key of another type matches nothing");
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("online.db"));
                Statement statement = connection.createStatement();
                ResultSet columns = statement.executeQuery("SELECT name, type, pk FROM pragma_table_info('features')")) {
            Map<String, String> declared = new LinkedHashMap<>();
            while (columns.next()) {
                declared.put(columns.getString(1), columns.getString(2) + (columns.getInt(3) > 0 ? " KEY" : ""));
            }
            assertEquals("BIGINT KEY", declared.get("id"));
            assertEquals("TIMESTAMP", declared.get("ts"));
            assertEquals("TEXT", declared.get("segment"), "added by the second stream");
        }
    }

    @Test
    void aLookupBeforeAnyWriteIsEmptyAndALookupWithoutTheKeySaysWhichColumn() throws Exception {
        BaseStoreTarget target = target("\"key_columns\": [\"user\", \"day\"]");
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Optional.empty(), table.lookup(Map.of("user", "u", "day", 1)));
            write(target, List.of(), List.of("n"), EventStream.of(1, i -> row("user", "u", "day", 1, "n", 5, "x", "not a feature")));
            assertEquals(Map.of("user", "u", "day", 1L, "n", 5L), table.lookup(Map.of("day", 1, "user", "u")).orElseThrow(),
                    "the table that opened before the write sees its rows and columns");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table.lookup(Map.of("user", "u")));
            assertTrue(e.getMessage().contains("lacks the key column 'day'"), e.getMessage());
        }
    }

    @Test
    void aValueThatDoesNotFitFailsTheWriteWithTheCountAndABatchIsAllOrNothing() throws Exception {
        BaseStoreTarget target = target("");
        write(target, List.of("id"), List.of(), EventStream.of(1, i -> row("id", 0, "amount", 1)));
        ExecutionException e = assertThrows(ExecutionException.class, () -> write(target, List.of("id"), List.of(),
                EventStream.of(1, i -> row("id", 1, "amount", "one"))));
        String message = e.getCause().getMessage();
        assertTrue(message.contains("column 'amount' holds integer values, but a row (key 1) has the String one"), message);
        assertTrue(message.contains("failed after 0 events were written"), message);

        // A frame is one batch: its second row does not fit, so its first is not stored either.
        DataFrame frame = DataFrame.foldByRow("id", "amount").of(2, 2, 3, "three");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> Roles.pandas(target).writeDataframe(frame, new WriteRequest(List.of("id"), null, false)));
        assertTrue(refused.getMessage().contains("column 'amount'"), refused.getMessage());
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Map.of("id", 0L, "amount", 1L), table.lookup(Map.of("id", 0)).orElseThrow());
            assertEquals(Optional.empty(), table.lookup(Map.of("id", 1)));
            assertEquals(Optional.empty(), table.lookup(Map.of("id", 2)), "the frame's batch rolled back as a whole");
        }
    }

    @Test
    void framesAreUpsertedReadBackAndOverwriteReplacesTheTable() {
        BaseStoreTarget target = target("\"table_name\": \"scores\"");
        LocalDateTime t0 = LocalDateTime.of(2024, 1, 1, 0, 0);
        DataFrame first = DataFrame.foldByRow("id", "score", "ts").of(1, 0.5, t0, 2, 0.7, t0.plusHours(1), 3, 0.9, t0.plusHours(2));
        Roles.pandas(target).writeDataframe(first, new WriteRequest(List.of("id"), "ts", false));
        DataFrame update = DataFrame.foldByRow("id", "score", "label").of(2, 0.75, "b");
        Roles.pandas(target).writeDataframe(update, new WriteRequest(List.of("id"), null, false));

        DataFrame all = Roles.pandas(target).asDf(ReadRequest.all());
        assertEquals(List.of("id", "score", "ts", "label"), List.of(all.getColumnsIndex().toArray()));
        assertEquals(3, all.height());
        assertEquals(0.75, all.getColumn("score").get(1));
        assertEquals("b", all.getColumn("label").get(1));
        assertEquals(t0.plusHours(1).toInstant(java.time.ZoneOffset.UTC), all.getColumn("ts").get(1));

        DataFrame window = Roles.pandas(target).asDf(new ReadRequest(List.of("id", "score"), null, t0, t0.plusHours(2), "ts", null));
        assertEquals(List.of(2L, 3L), new ArrayList<>(window.getColumn("id").toList()), "start < ts <= end");

        Roles.pandas(target).writeDataframe(DataFrame.foldByRow("id", "other").of(9, "x"), new WriteRequest(List.of("id"), null, true));
        DataFrame replaced = Roles.pandas(target).asDf(ReadRequest.all());
        assertEquals(List.of("id", "other"), List.of(replaced.getColumnsIndex().toArray()), "overwrite replaced the table");
        assertEquals(1, replaced.height());
        try (FeatureTable table = Roles.onlineQuery(target).getTableObject()) {
            assertEquals(Map.of("id", 9L, "other", "x"), table.lookup(Map.of("id", 9)).orElseThrow());
        }
    }

    @Test
    void aFrameWithoutItsKeyColumnIsRefusedByName() {
        BaseStoreTarget target = target("\"key_columns\": [\"id\"]");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roles.pandas(target)
                .writeDataframe(DataFrame.foldByRow("user", "x").of(1, 2), new WriteRequest(List.of(), null, false)));
        assertTrue(e.getMessage().contains("sqlite target 'online': the frame has no key column 'id'; its columns are [user, x]"),
                e.getMessage());
    }
}
