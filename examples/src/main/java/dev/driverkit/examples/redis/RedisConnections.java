package dev.driverkit.examples.redis;

import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * Opens connections to a target's Redis and turns the client's failures into messages that name the server
 * and what to check, never the password.
 */
final class RedisConnections {
    private RedisConnections() {}

    /** One connection, checked with PING; fails within the endpoint's timeout when the server is not there. */
    static Jedis open(String what, RedisEndpoint endpoint) {
        Jedis jedis = null;
        try {
            jedis = new Jedis(endpoint.hostAndPort(), endpoint.clientConfig("driverkit-redisnosql"));
            jedis.ping();
            return jedis;
        } catch (RuntimeException e) {
            if (jedis != null) {
                closeQuietly(jedis);
            }
            throw translate(what, endpoint, e);
        }
    }

    /** A failure of the client as an exception that says where and why. */
    static RuntimeException translate(String what, RedisEndpoint endpoint, RuntimeException failure) {
        if (failure instanceof JedisAccessControlException || isAuthFailure(failure)) {
            return new IllegalStateException(what + ": Redis at " + endpoint.server() + " refused the credentials"
                    + (endpoint.user().isEmpty() ? " (no user set)" : " of user '" + endpoint.user() + "'")
                    + ": " + failure.getMessage() + ". Check REDIS_USER / REDIS_PASSWORD under the credentials_prefix.",
                    failure);
        }
        if (failure instanceof JedisConnectionException) {
            return new IllegalStateException(what + ": cannot reach Redis at " + endpoint.server() + " (timeout "
                    + endpoint.timeoutMillis() + " ms): " + rootMessage(failure), failure);
        }
        if (failure instanceof JedisDataException) {
            return new IllegalStateException(what + ": Redis at " + endpoint.server() + " answered an error: "
                    + failure.getMessage(), failure);
        }
        return failure;
    }

    /**
     * Whether a failure may pass by reconnecting: a lost or refused connection, or a server that is still loading
     * its data after a restart ({@code LOADING}).
     */
    static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JedisConnectionException) {
                return true;
            }
            if (cause instanceof JedisDataException && cause.getMessage() != null
                    && (cause.getMessage().startsWith("LOADING") || cause.getMessage().startsWith("TRYAGAIN"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAuthFailure(Throwable failure) {
        String message = failure.getMessage();
        return failure instanceof JedisDataException && message != null
                && (message.startsWith("WRONGPASS") || message.startsWith("NOAUTH") || message.contains("AUTH"));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root == failure ? String.valueOf(message)
                : failure.getMessage() + " (" + root.getClass().getSimpleName() + ": " + message + ")";
    }

    static void closeQuietly(Jedis jedis) {
        try {
            jedis.close();
        } catch (RuntimeException ignored) {
            // the connection is broken already; nothing more to release
        }
    }
}
