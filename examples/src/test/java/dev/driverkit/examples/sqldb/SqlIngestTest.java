package dev.driverkit.examples.sqldb;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.driverkit.Engine;
import dev.driverkit.engine.ReadRequest;
import dev.driverkit.engine.Roles;
import dev.driverkit.examples.support.RowChecksum;
import dev.driverkit.examples.support.SharedSpark;
import dev.driverkit.ingest.Ingest;
import dev.driverkit.ingest.IngestResult;
import dev.driverkit.registry.DriverRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sqldb source (an iterator source: chunks on PANDAS) driven by the generic ingest on every engine. */
class SqlIngestTest {
    static final String URL = "jdbc:h2:mem:driverkit_sqldb_ingest;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    static final DriverRegistry REGISTRY = DriverRegistry.load();
    static Connection keepAlive;

    @BeforeAll
    static void load() throws Exception {
        keepAlive = DriverManager.getConnection(URL);
        SqlTestData.createTable(keepAlive, SqlTestData.TABLE);
    }

    @AfterAll
    static void close() throws Exception {
        keepAlive.close();
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void sqldbIntoMemoryOnEveryEngine(Engine engine) {
        String source = REGISTRY.writeSpec(SqlSource.ofTable("sales", URL, SqlTestData.TABLE));
        String memory = "{\"kind\": \"memory\", \"name\": \"sqldb-" + engine + "\"}";
        IngestResult result = Ingest.with(REGISTRY).source(source).target(memory)
                .sparkSession(SharedSpark.session()).run(engine);
        RowChecksum expected = SqlTestData.expected();
        assertEquals(expected.rows(), result.targets().get(0).rows(), result.targets().toString());
        assertEquals(expected, RowChecksum.of(Roles.offlineQuery(REGISTRY.readTarget(memory)).asDf(ReadRequest.all())),
                engine + " wrote other rows than the sqldb source reads directly");
    }
}
