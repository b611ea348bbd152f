package dev.driverkit.examples.sqldb;

import dev.driverkit.DriverFlag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.driverkit.Engine;
import dev.driverkit.engine.Roles;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.registry.DriverInfo;
import dev.driverkit.registry.DriverRegistry;
import dev.driverkit.spec.SpecException;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sqldb source's spec: MLRun's SQLSource dictionaries read and written back, URLs, Spark options. No database. */
class SqlSourceSpecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DriverRegistry registry = DriverRegistry.load();

    /**
     * What MLRun 1.7 writes for {@code SQLSource(name="transactions", chunksize=100, key_field="id",
     * time_field="ts", db_url="postgresql://...", table_name="transactions")}: its constructor keeps db_url
     * as "db_path" and adds time_field to parse_dates.
     */
    static final String MLRUN_17 = "{\"kind\": \"sqldb\", \"name\": \"transactions\", \"attributes\": {\"chunksize\": 100,"
            + " \"table_name\": \"transactions\", \"db_path\": \"postgresql://mlrun:s3cret@db.example:5432/shop\","
            + " \"parse_dates\": [\"ts\"]}, \"key_field\": \"id\", \"time_field\": \"ts\"}";

    @Test
    void registryKnowsSqldbAsAnIteratorOnAllThreeEngines() {
        DriverInfo info = registry.source("sqldb");
        assertEquals(SqlSource.class.getName(), info.driverClassName());
        assertEquals(EnumSet.of(Engine.PANDAS, Engine.SPARK, Engine.STOREY), info.engines());
        assertTrue(info.hasFlag(DriverFlag.ITERATOR));
        SqlSource source = assertInstanceOf(SqlSource.class, registry.newSource("sqldb"));
        assertEquals("sqldb", source.kind());
        // The engines reach it through the generated adapter: chunked frames, events, Spark.
        assertEquals("sqldb", Roles.pandasChunked(source).kind());
        assertEquals("sqldb", Roles.storey(source).kind());
        assertEquals("sqldb", Roles.spark(source).kind());
    }

    @Test
    void mlrun17VectorReadsAndWritesBackUnchanged() throws Exception {
        SqlSource source = assertInstanceOf(SqlSource.class, registry.readSource(MLRUN_17));
        assertEquals("transactions", source.getName());
        assertEquals("postgresql://mlrun:s3cret@db.example:5432/shop", source.getDbUrl());
        assertEquals("transactions", source.getTableName());
        assertNull(source.getQuery());
        assertEquals(100, source.getChunksize());
        assertTrue(source.isIterator());
        assertEquals(List.of("ts"), source.getParseDates());
        assertEquals(Map.of(), source.getAdditionalSparkOptions());
        assertEquals("id", source.getKeyField());
        assertEquals("ts", source.getTimeField());
        assertEquals(JSON.readTree(MLRUN_17), JSON.readTree(registry.writeSpec(source)));
    }

    @Test
    void mlrunVectorWithoutChunksizeIsNoIterator() throws Exception {
        // SQLSource(table_name="t", db_url="sqlite:///shop.db") with a schedule and a time range.
        String vector = "{\"kind\": \"sqldb\", \"name\": \"\", \"attributes\": {\"table_name\": \"t\","
                + " \"db_path\": \"sqlite:///shop.db\"}, \"schedule\": \"*/30 * * * *\","
                + " \"start_time\": \"2024-01-01T00:00:00\", \"end_time\": \"2024-02-01T00:00:00\"}";
        SqlSource source = (SqlSource) registry.readSource(vector);
        assertFalse(source.isIterator());
        assertEquals(LocalDateTime.of(2024, 1, 1, 0, 0), source.getStartTime());
        assertEquals("*/30 * * * *", source.getSchedule());
        ObjectNode written = (ObjectNode) JSON.readTree(registry.writeSpec(source));
        ObjectNode expected = (ObjectNode) JSON.readTree(vector);
        for (String key : List.of("start_time", "end_time")) {
            assertEquals(LocalDateTime.parse(expected.remove(key).asText()), LocalDateTime.parse(written.remove(key).asText()));
        }
        assertEquals(expected, written);
    }

    @Test
    void mlrunBefore16TimeFieldsAreReadAsParseDates() throws Exception {
        // MLRun 1.3-1.5 wrote "time_fields"; its to_dataframe also read an optional "query".
        String vector = "{\"kind\": \"sqldb\", \"name\": \"old\", \"attributes\": {\"spark_options\": {\"fetchsize\": 500},"
                + " \"table_name\": \"t\", \"db_path\": \"mysql+pymysql://u:p@h:3306/d\", \"time_fields\": [\"ts\", \"created\"],"
                + " \"query\": \"SELECT * FROM t WHERE x > 1\"}, \"key_field\": \"k\"}";
        SqlSource source = (SqlSource) registry.readSource(vector);
        assertEquals(List.of("ts", "created"), source.getParseDates());
        assertEquals("SELECT * FROM t WHERE x > 1", source.getQuery());
        assertEquals(Map.of("fetchsize", "500"), source.getAdditionalSparkOptions());
        // Written back with today's key, as MLRun itself now writes it.
        String expected = vector.replace("time_fields", "parse_dates");
        assertEquals(JSON.readTree(expected), JSON.readTree(registry.writeSpec(source)));
    }

    @Test
    void javaWrittenSpecReadsBackTheSame() {
        SqlSource source = SqlSource.ofTable("shop", "jdbc:postgresql://db:5432/shop", "public.transactions")
                .setChunksize(500)
                .setParseDates(List.of("ts"))
                .setAdditionalSparkOptions(Map.of("numPartitions", "4"));
        source.setKeyField("id");
        String json = registry.writeSpec(source);
        SqlSource back = (SqlSource) registry.readSource(json);
        assertEquals(json, registry.writeSpec(back));
        assertEquals("jdbc:postgresql://db:5432/shop", back.getDbUrl());
        assertEquals(Map.of("numPartitions", "4"), back.getAdditionalSparkOptions());
        assertTrue(json.contains("\"db_path\""), json);
    }

    @Test
    void aMisspeltAttributeIsReportedWithTheNearestKey() {
        SpecException e = assertThrows(SpecException.class, () -> registry.readSource(
                "{\"kind\": \"sqldb\", \"attributes\": {\"tabel_name\": \"t\", \"db_path\": \"jdbc:h2:mem:x\"}}"));
        assertTrue(e.getMessage().contains("table_name"), e.getMessage());
    }

    @Test
    void sparkOptionsFromAnSqlalchemyUrl() {
        SqlSource source = (SqlSource) registry.readSource(MLRUN_17);
        Map<String, String> options = source.getSparkOptions();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("format", "jdbc");
        expected.put("url", "jdbc:postgresql://db.example:5432/shop");
        expected.put("password", "s3cret");
        expected.put("user", "mlrun");
        expected.put("dbtable", "transactions");
        expected.put("fetchsize", "100");
        assertEquals(expected, options);

        source.setQuery("SELECT id FROM transactions;").setAdditionalSparkOptions(Map.of("fetchsize", "10", "numPartitions", "1"));
        options = source.getSparkOptions();
        assertEquals("SELECT id FROM transactions", options.get("query"));
        assertFalse(options.containsKey("dbtable"));
        assertEquals("10", options.get("fetchsize"), "spark_options win");
        assertEquals("1", options.get("numPartitions"));
    }

    @Test
    void sqlalchemyUrlsBecomeJdbcUrls() {
        assertEquals("jdbc:postgresql://h:5432/d", SqlUrl.parse("postgresql+psycopg2://u:p@h:5432/d", "s").jdbcUrl());
        assertEquals("jdbc:postgresql://h/d", SqlUrl.parse("postgres://h/d", "s").jdbcUrl());
        assertEquals("jdbc:mysql://h:3306/d", SqlUrl.parse("mysql+pymysql://u:p@h:3306/d", "s").jdbcUrl());
        assertEquals("jdbc:sqlite:shop.db", SqlUrl.parse("sqlite:///shop.db", "s").jdbcUrl());
        assertEquals("jdbc:sqlite:/data/shop.db", SqlUrl.parse("sqlite:////data/shop.db", "s").jdbcUrl());
        assertEquals("jdbc:sqlite::memory:", SqlUrl.parse("sqlite://", "s").jdbcUrl());
        assertEquals("jdbc:sqlserver://h:1433;databaseName=d", SqlUrl.parse("mssql+pyodbc://u:p@h:1433/d", "s").jdbcUrl());
        assertEquals("jdbc:h2:mem:x", SqlUrl.parse("jdbc:h2:mem:x", "s").jdbcUrl());

        SqlUrl url = SqlUrl.parse("postgresql://us%40er:p%2Fw%3Ad@h:5432/d?sslmode=require", "s");
        assertEquals(Map.of("user", "us@er", "password", "p/w:d", "sslmode", "require"), url.properties());
        assertFalse(url.display().contains("p%2Fw"), url.display());
    }

    @Test
    void passwordsAreMaskedInWhatIsShown() {
        assertEquals("postgresql://u:***@h:5432/d (JDBC jdbc:postgresql://h:5432/d)",
                SqlUrl.parse("postgresql://u:secret@h:5432/d", "s").display());
        assertEquals("jdbc:postgresql://h/d?user=u&password=***&ssl=true",
                SqlUrl.parse("jdbc:postgresql://h/d?user=u&password=secret&ssl=true", "s").display());
        assertEquals("jdbc:h2:mem:x;USER=sa;PASSWORD=***", SqlUrl.parse("jdbc:h2:mem:x;USER=sa;PASSWORD=secret", "s").display());
        assertEquals("driver said: *** is wrong",
                SqlUrl.parse("jdbc:postgresql://h/d?password=secret", "s").sanitize("driver said: secret is wrong"));
    }

    @Test
    void missingSettingsAreClearErrors() {
        SqlSource noUrl = SqlSource.ofTable("s", null, "t");
        if (System.getenv("MLRUN_SQL__URL") == null) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> noUrl.toDataframe(ReadRequest.all()));
            assertTrue(e.getMessage().contains("\"db_path\""), e.getMessage());
        }
        SqlSource noTable = SqlSource.ofTable("s", "jdbc:h2:mem:x", null);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> noTable.toDataframe(ReadRequest.all()));
        assertEquals("sqldb source 's' has neither a table nor a query: set \"table_name\" or \"query\" in the spec's"
                + " attributes.", e.getMessage());
        IllegalArgumentException dialect = assertThrows(IllegalArgumentException.class,
                () -> SqlSource.ofTable("s", "oracle://u:secret@h/d", "t").getSparkOptions());
        assertTrue(dialect.getMessage().contains("dialect 'oracle'"), dialect.getMessage());
        assertFalse(dialect.getMessage().contains("secret"), dialect.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> SqlSource.ofTable("s",
                "jdbc:h2:mem:x", "t").toDataframe(ReadRequest.all().withTimeRange(null, LocalDateTime.now())));
        assertTrue(range.getMessage().contains("no time field"), range.getMessage());
    }
}
