package dev.driverkit.examples.rabbitmq;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.qpid.server.SystemLauncher;

/**
 * A real AMQP 0-9-1 broker for the tests: Apache Qpid Broker-J in this JVM, on a free loopback port, with an
 * in-memory virtual host and one user (plain passwords). One broker serves the test JVM ({@link #shared()});
 * it is shut down at exit.
 */
final class QpidBroker {
    static final String USER = "driverkit";
    static final String PASSWORD = "amqp-Pa55word";

    private final SystemLauncher launcher;
    private final int port;

    private QpidBroker(SystemLauncher launcher, int port) {
        this.launcher = launcher;
        this.port = port;
    }

    private static final class Holder {
        static final QpidBroker SHARED = start();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(SHARED.launcher::shutdown, "stop-qpid"));
        }
    }

    static QpidBroker shared() {
        return Holder.SHARED;
    }

    private static QpidBroker start() {
        try {
            Path work = Files.createTempDirectory("driverkit-qpid");
            int port = freePort();
            Path config = work.resolve("initial-config.json");
            Files.writeString(config, """
                    {
                      "name": "driverkit-test-broker",
                      "modelVersion": "9.0",
                      "authenticationproviders": [{
                        "name": "plain", "type": "Plain", "secureOnlyMechanisms": [],
                        "users": [{"name": "%s", "type": "managed", "password": "%s"}]
                      }],
                      "ports": [{
                        "name": "AMQP", "port": "%d", "bindingAddress": "127.0.0.1",
                        "protocols": ["AMQP_0_9_1"], "authenticationProvider": "plain",
                        "virtualhostaliases": [{"name": "nameAlias", "type": "nameAlias"},
                                               {"name": "defaultAlias", "type": "defaultAlias"}]
                      }],
                      "virtualhostnodes": [{
                        "name": "default", "type": "Memory", "defaultVirtualHostNode": "true",
                        "virtualHostInitialConfiguration": "{\\"type\\": \\"Memory\\"}"
                      }]
                    }
                    """.formatted(USER, PASSWORD, port), StandardCharsets.UTF_8);
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("type", "Memory");
            attributes.put("initialConfigurationLocation", config.toUri().toString());
            attributes.put("startupLoggedToSystemOut", false);
            attributes.put("context", Map.of("qpid.work_dir", work.toString()));
            SystemLauncher launcher = new SystemLauncher();
            launcher.startup(attributes);
            return new QpidBroker(launcher, port);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Qpid broker", e);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the Qpid broker: " + e, e);
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

    String url() {
        return "amqp://127.0.0.1:" + port;
    }
}
