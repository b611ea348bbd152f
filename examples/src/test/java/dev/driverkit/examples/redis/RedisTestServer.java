package dev.driverkit.examples.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.embedded.RedisServer;

/**
 * A real redis-server (6.2.6, the binary embedded-redis ships) on a free loopback port, its files in a
 * temporary folder. {@link #shared()} is one server for the whole test JVM, stopped at exit; a test that
 * stops or restarts a server starts its own with {@link #start} and stops it in a finally block.
 */
final class RedisTestServer implements AutoCloseable {
    private final RedisServer server;
    private final int port;
    private final String password;

    private RedisServer running;

    private RedisTestServer(RedisServer server, int port, String password) {
        this.server = server;
        this.port = port;
        this.password = password;
    }

    private static final class Holder {
        static final RedisTestServer SHARED = start(null, false);

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(SHARED::close, "stop-redis"));
        }
    }

    /** The test JVM's server: no password, no persistence. */
    static RedisTestServer shared() {
        return Holder.SHARED;
    }

    /**
     * A server of its own.
     *
     * @param password the server's password ({@code requirepass}), or null for none
     * @param durable whether every write is on disk before Redis answers (append-only file, fsync always), so
     *     that the data survives a restart
     */
    static RedisTestServer start(String password, boolean durable) {
        try {
            Path dir = Files.createTempDirectory("driverkit-redis");
            int port = freePort();
            List<String> settings = new ArrayList<>(List.of("bind 127.0.0.1", "dir " + dir, "save \"\""));
            settings.add(durable ? "appendonly yes" : "appendonly no");
            if (durable) {
                settings.add("appendfsync always");
            }
            if (password != null) {
                settings.add("requirepass " + password);
            }
            var builder = RedisServer.newRedisServer().port(port);
            for (String setting : settings) {
                builder.setting(setting);
            }
            RedisTestServer server = new RedisTestServer(builder.build(), port, password);
            server.startServer();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start redis-server", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    String url(String tablePath) {
        return "redis://127.0.0.1:" + port + "/" + tablePath;
    }

    /** A plain client, as a test checks what is stored. */
    Jedis client() {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
        if (password != null) {
            config.password(password);
        }
        return new Jedis(new HostAndPort("127.0.0.1", port), config.build());
    }

    synchronized void stopServer() {
        if (running != null) {
            try {
                running.stop();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop redis-server on port " + port, e);
            }
            running = null;
        }
    }

    /** Starts the server (again, after {@link #stopServer()}), on the same port; returns once it accepts connections. */
    synchronized void startServer() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start redis-server on port " + port, e);
        }
        running = server;
    }

    @Override
    public void close() {
        stopServer();
    }
}
