package dev.driverkit.examples.redis;

import dev.driverkit.examples.secrets.MlrunSecrets;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.SslOptions;

/**
 * Where a redisnosql target's data lives: the server ({@code redis://host:port} or {@code rediss://} for TLS),
 * the credentials and the table path, read as MLRun's {@code RedisNoSqlTarget.get_server_endpoint} reads
 * them. User and password never come from the path (a path that carries them is refused, as MLRun refuses
 * it): they are the secrets {@code REDIS_USER} and {@code REDIS_PASSWORD} under the spec's
 * {@code credentials_prefix}. A path without a server ({@code /projects/p/fsets/s}) takes the server from
 * {@code MLRUN_REDIS__URL}, MLRun's {@code redis.url} setting. {@link #toString()} never shows the password.
 */
public final class RedisEndpoint implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_PORT = 6379;

    private final String host;
    private final int port;
    private final boolean tls;
    private final String user;
    private final String password;
    private final String tablePath;
    private final int timeoutMillis;

    private RedisEndpoint(String host, int port, boolean tls, String user, String password, String tablePath,
            int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.user = user;
        this.password = password;
        this.tablePath = tablePath;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * The endpoint of {@code path}.
     *
     * @param what names the target in messages
     * @throws IllegalArgumentException for a path that is missing, malformed, of another scheme or carries credentials
     */
    static RedisEndpoint of(String what, String path, String credentialsPrefix, MlrunSecrets secrets, int timeoutMillis) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(what + " has no path: give redis://host:port/<table path>.");
        }
        URI uri = parse(what, path);
        String tablePath = uri.getRawPath() == null ? "" : uri.getPath();
        URI server = uri;
        if (uri.getHost() == null) {
            String configured = secrets.setting("MLRUN_REDIS__URL");
            if (configured.isEmpty()) {
                throw new IllegalArgumentException(what + ": the path " + path + " names no Redis server and"
                        + " MLRUN_REDIS__URL is not set: write redis://host:port" + (path.startsWith("/") ? "" : "/") + path + ".");
            }
            server = parse(what + " (MLRUN_REDIS__URL)", configured);
        }
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("redis") && !scheme.equals("rediss")) {
            throw new IllegalArgumentException(what + ": the path must start with redis:// or rediss://, not '"
                    + (scheme.isEmpty() ? "(no scheme)" : scheme + "://") + "'.");
        }
        if (server.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + ": the Redis URL carries a user or password. Provide them only"
                    + " as secrets: REDIS_USER and REDIS_PASSWORD (under the credentials_prefix), as MLRun does.");
        }
        if (server.getHost() == null) {
            throw new IllegalArgumentException(what + ": no host in the Redis URL " + scheme + "://...");
        }
        StoreyRedisLayout.tablePrefix(tablePath); // refuses an empty table path now rather than at the first write
        return new RedisEndpoint(server.getHost(), server.getPort() < 0 ? DEFAULT_PORT : server.getPort(),
                scheme.equals("rediss"), secrets.get("REDIS_USER", credentialsPrefix),
                secrets.get("REDIS_PASSWORD", credentialsPrefix), tablePath, timeoutMillis);
    }

    private static URI parse(String what, String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            // The input may hold a password: say where it is malformed, not what it is.
            throw new IllegalArgumentException(what + ": the Redis path is not a URL (" + e.getReason() + " at index "
                    + e.getIndex() + ").");
        }
    }

    /** {@code redis://host:port}: what messages name, never with credentials. */
    public String server() {
        return (tls ? "rediss" : "redis") + "://" + host + ":" + port;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The user the connection authenticates as, or "" for none. */
    public String user() {
        return user;
    }

    /** The table path, as the spec's path gives it. */
    public String tablePath() {
        return tablePath;
    }

    /** The hash-name prefix of this table's entities. */
    public String tablePrefix() {
        return StoreyRedisLayout.tablePrefix(tablePath);
    }

    HostAndPort hostAndPort() {
        return new HostAndPort(host, port);
    }

    int timeoutMillis() {
        return timeoutMillis;
    }

    JedisClientConfig clientConfig(String clientName) {
        DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(timeoutMillis).socketTimeoutMillis(timeoutMillis).clientName(clientName);
        if (tls) {
            config.sslOptions(SslOptions.defaults()); // the JVM's trust store, host name verified
        }
        if (!user.isEmpty()) {
            config.user(user);
        }
        if (!password.isEmpty()) {
            config.password(password);
        }
        return config.build();
    }

    @Override
    public String toString() {
        return server() + (user.isEmpty() ? "" : " as " + user) + (password.isEmpty() ? "" : " (password set)")
                + " table " + tablePath;
    }
}
