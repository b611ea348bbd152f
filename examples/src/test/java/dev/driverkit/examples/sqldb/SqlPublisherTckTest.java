package dev.driverkit.examples.sqldb;

import dev.driverkit.engine.Event;
import dev.driverkit.engine.StepRequest;
import dev.driverkit.examples.support.Tck;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Flow;
import org.reactivestreams.tck.flow.FlowPublisherVerification;
import org.testng.annotations.AfterClass;
import org.testng.annotations.BeforeClass;

/**
 * Reactive Streams' TCK on the sqldb source's STOREY publisher against H2 in memory. Each stream is a
 * query over H2's {@code SYSTEM_RANGE}, and lazy query execution makes H2 produce rows as they are
 * fetched, so even the 2^31-row stream of rule 3.17 is read only as far as the subscriber asks.
 */
public class SqlPublisherTckTest extends FlowPublisherVerification<Event> {
    private static final String URL = "jdbc:h2:mem:driverkit_sqldb_tck;DB_CLOSE_DELAY=-1;LAZY_QUERY_EXECUTION=TRUE";
    private Connection keepAlive;

    public SqlPublisherTckTest() {
        super(Tck.environment());
    }

    @BeforeClass
    public void openDatabase() throws SQLException {
        keepAlive = DriverManager.getConnection(URL);
    }

    @AfterClass(alwaysRun = true)
    public void closeDatabase() throws SQLException {
        keepAlive.close();
    }

    @Override
    public Flow.Publisher<Event> createFlowPublisher(long elements) {
        String query = "SELECT x AS id FROM SYSTEM_RANGE(1, " + elements + ")";
        SqlSource source = SqlSource.ofQuery("tck", URL, query);
        source.setChunksize(64);
        return source.toStep(new StepRequest("id", null, null));
    }

    @Override
    public Flow.Publisher<Event> createFailedFlowPublisher() {
        return null; // see Tck: the connection is opened at the first request
    }
}
