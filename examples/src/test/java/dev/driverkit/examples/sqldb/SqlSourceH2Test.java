package dev.driverkit.examples.sqldb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.driverkit.engine.ReadRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sqldb source on H2 in memory: quick; the same rows on every engine ({@link SqlEnginesContract}), names, errors. */
class SqlSourceH2Test extends SqlEnginesContract {
    /** DATABASE_TO_LOWER: unquoted names are lower case, as in PostgreSQL. DB_CLOSE_DELAY: kept while the JVM lives. */
    static final String URL = "jdbc:h2:mem:driverkit_sqldb;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE";
    static Connection keepAlive;

    @BeforeAll
    static void load() throws Exception {
        keepAlive = DriverManager.getConnection(URL);
        SqlTestData.createTable(keepAlive, SqlTestData.TABLE);
        try (Statement ddl = keepAlive.createStatement()) {
            // A table whose names the database keeps in upper case: asked for in lower case, still found.
            ddl.execute("CREATE TABLE \"SHOUTING\" (\"ID\" INTEGER, \"AMOUNT\" DOUBLE PRECISION)");
            ddl.execute("INSERT INTO \"SHOUTING\" VALUES (1, 2.5), (2, 3.5)");
        }
    }

    @AfterAll
    static void close() throws Exception {
        keepAlive.close();
    }

    @Override
    String dbPath() {
        return URL;
    }

    @Test
    void namesAreMatchedIgnoringCaseWhenTheDatabaseSpellsThemOtherwise() {
        SqlSource source = SqlSource.ofTable("shouting", URL, "\"SHOUTING\"");
        try (Stream<DataFrame> frames = source.toDataframe(ReadRequest.all().withColumns(List.of("amount")))) {
            DataFrame frame = frames.findFirst().orElseThrow();
            assertEquals(List.of("AMOUNT"), Arrays.asList(frame.getColumnsIndex().toArray()));
            assertEquals(2, frame.height());
        }
        assertEquals(2, source.toSparkDf(spark(), ReadRequest.all().withColumns(List.of("amount"))).count());
    }

    @Test
    void unknownTableAndColumnNameThemselves() {
        IllegalArgumentException table = assertThrows(IllegalArgumentException.class,
                () -> SqlSource.ofTable("h2", URL, "nope").toDataframe(ReadRequest.all()));
        assertTrue(table.getMessage().startsWith("sqldb source 'h2': table 'nope' not found in " + URL), table.getMessage());
        assertTrue(table.getMessage().contains("its tables are ["), table.getMessage());

        IllegalArgumentException column = assertThrows(IllegalArgumentException.class,
                () -> source(10).toDataframe(ReadRequest.all().withColumns(List.of("id", "amuont"))));
        assertTrue(column.getMessage().startsWith("sqldb source 'sample': the requested column 'amuont' is not a column of"
                + " table 'transactions'"), column.getMessage());
        assertTrue(column.getMessage().endsWith("its columns are [id, ts, category, amount, quantity, discount]."),
                column.getMessage());
    }
}
