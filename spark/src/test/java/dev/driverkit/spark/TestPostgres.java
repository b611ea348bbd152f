package dev.driverkit.spark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/** One real PostgreSQL server for the test JVM (binaries from Maven Central), on a free port, stopped at exit. */
final class TestPostgres {
    private final EmbeddedPostgres server;

    private TestPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    private static final class Holder {
        static final TestPostgres INSTANCE = start();

        private static TestPostgres start() {
            EmbeddedPostgres server;
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is going away
                }
            }, "stop-postgres"));
            return new TestPostgres(server);
        }
    }

    static TestPostgres get() {
        return Holder.INSTANCE;
    }

    /** The {@code postgres} database as user {@code postgres}, on loopback. */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/postgres?user=postgres";
    }
}
