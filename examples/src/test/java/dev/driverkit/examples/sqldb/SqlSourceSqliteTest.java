package dev.driverkit.examples.sqldb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sqldb source on a SQLite file, named the way MLRun names it ({@code sqlite:////absolute/path.db}, which
 * driverkit translates to SQLite's JDBC URL), holding what pandas writes: times as text, and an amount column
 * whose first value is an integer, which SQLite's JDBC driver would report as an INTEGER column.
 */
class SqlSourceSqliteTest extends SqlEnginesContract {
    @TempDir
    static Path dir;

    @BeforeAll
    static void load() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            SqlTestData.createTable(connection, SqlTestData.TABLE);
            try (Statement update = connection.createStatement()) {
                // times as Python's sqlite3 and pandas (so MLRun) write them: text, a space between date and time
                update.execute("UPDATE " + SqlTestData.TABLE + " SET ts = strftime('%Y-%m-%d %H:%M:%S', ts)");
            }
        }
    }

    private static Path file() {
        return dir.resolve("shop.db");
    }

    @Override
    String dbPath() {
        return "sqlite:///" + file(); // the absolute path's own '/' makes MLRun's four slashes
    }
}
