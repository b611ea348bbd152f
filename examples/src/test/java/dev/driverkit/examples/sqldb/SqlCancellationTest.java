package dev.driverkit.examples.sqldb;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.CancellationContract;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Cancelling the sqldb source's stream closes its connection: H2 (in memory, lazy query execution, so an
 * endless query streams) lists one session fewer afterwards. PostgreSQL: {@code SqlSourcePostgresTest}.
 */
class SqlCancellationTest extends CancellationContract {
    private static final String URL = "jdbc:h2:mem:driverkit_sqldb_cancel;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=TRUE";
    private static Connection observer;

    @BeforeAll
    static void open() throws SQLException {
        observer = DriverManager.getConnection(URL);
    }

    @AfterAll
    static void close() throws SQLException {
        observer.close();
    }

    @Override
    protected Flow.Publisher<Event> publisher(long rows) {
        SqlSource source = SqlSource.ofQuery("cancel", URL, "SELECT x AS id FROM SYSTEM_RANGE(1, " + rows + ")");
        source.setChunksize(50);
        return source.toStep(new StepRequest("id", null, null));
    }

    @Override
    protected Flow.Publisher<Event> endlessPublisher() {
        return publisher(Long.MAX_VALUE);
    }

    @Override
    protected long held() throws SQLException {
        try (Statement statement = observer.createStatement();
                ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            sessions.next();
            return sessions.getLong(1) - 1; // the observer's own
        }
    }
}
