package dev.driverkit.examples.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.PossibleAuthenticationFailureException;
import dev.driverkit.examples.secrets.MlrunSecrets;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * The broker of a {@link RabbitMqSource}: {@code amqp://host:port/vhost} (or {@code amqps://}) without
 * credentials; user and password are the secrets {@code RABBITMQ_USER} / {@code RABBITMQ_PASSWORD} under the
 * spec's {@code credentials_prefix} (without them, the client's default guest account). Messages name the
 * broker and the user, never the password.
 */
final class AmqpEndpoint {
    private final String what;
    private final String host;
    private final int port;
    private final boolean tls;
    private final String virtualHost;
    private final String user;
    private final String password;
    private final int timeoutMillis;

    private AmqpEndpoint(String what, String host, int port, boolean tls, String virtualHost, String user, String password,
            int timeoutMillis) {
        this.what = what;
        this.host = host;
        this.port = port;
        this.tls = tls;
        this.virtualHost = virtualHost;
        this.user = user;
        this.password = password;
        this.timeoutMillis = timeoutMillis;
    }

    static AmqpEndpoint of(String what, String url, String credentialsPrefix, MlrunSecrets secrets, int timeoutMillis) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(what + " has no url: give amqp://host:port/vhost.");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(what + ": the url is not a URL (" + e.getReason() + " at index " + e.getIndex() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
            throw new IllegalArgumentException(what + ": the url must start with amqp:// or amqps://.");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(what + ": the url carries a user or password. Provide them only as"
                    + " secrets: RABBITMQ_USER and RABBITMQ_PASSWORD (under the credentials_prefix).");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(what + ": no host in the url.");
        }
        boolean tls = scheme.equals("amqps");
        String path = uri.getRawPath() == null || uri.getRawPath().length() <= 1 ? "/"
                : URLDecoder.decode(uri.getRawPath().substring(1), StandardCharsets.UTF_8);
        return new AmqpEndpoint(what, uri.getHost(), uri.getPort() < 0 ? (tls ? 5671 : 5672) : uri.getPort(), tls, path,
                secrets.get("RABBITMQ_USER", credentialsPrefix), secrets.get("RABBITMQ_PASSWORD", credentialsPrefix),
                timeoutMillis);
    }

    /** {@code amqp://host:port}: what messages name. */
    String broker() {
        return (tls ? "amqps" : "amqp") + "://" + host + ":" + port;
    }

    /** The url the spec gave, without credentials (for the Nuclio trigger). */
    String url() {
        return broker() + (virtualHost.equals("/") ? "" : "/" + virtualHost);
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** A connection with automatic recovery off: a lost broker ends the stream loudly. */
    Connection connect(String connectionName) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(host);
        factory.setPort(port);
        factory.setVirtualHost(virtualHost);
        if (!user.isEmpty()) {
            factory.setUsername(user);
        }
        if (!password.isEmpty()) {
            factory.setPassword(password);
        }
        factory.setConnectionTimeout(timeoutMillis);
        factory.setHandshakeTimeout(timeoutMillis);
        factory.setAutomaticRecoveryEnabled(false);
        factory.setTopologyRecoveryEnabled(false);
        try {
            if (tls) {
                factory.useSslProtocol(javax.net.ssl.SSLContext.getDefault());
                factory.enableHostnameVerification();
            }
            return factory.newConnection(connectionName);
        } catch (PossibleAuthenticationFailureException e) {
            throw new IllegalStateException(what + ": RabbitMQ at " + broker() + " refused the credentials of user '"
                    + factory.getUsername() + "' (" + e.getClass().getSimpleName() + "). Check RABBITMQ_USER /"
                    + " RABBITMQ_PASSWORD under the credentials_prefix.", e);
        } catch (IOException | TimeoutException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(what + ": cannot reach RabbitMQ at " + broker() + " (virtual host '"
                    + virtualHost + "', timeout " + timeoutMillis + " ms): " + e, e);
        }
    }
}
