package dev.driverkit.examples.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Time;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One real Kafka broker (Apache Kafka 3.9.1, KRaft mode: broker and controller in one node, no
 * ZooKeeper) for every test class of the JVM that uses this extension, in the test JVM itself.
 *
 * <p>Why in process: the broker of the release whose {@code kafka-clients} Spark's Kafka connector uses
 * (3.9.1) shares that one client jar with the drivers and Spark, and its other dependencies resolve to the
 * versions Spark already brings (Jackson 2.18 through the BOM, Scala 2.13.16, log4j 2 with its 1.2 bridge),
 * so no second class path is needed; it starts in about two seconds and restarts in place for the fault tests.
 *
 * <p>Ports are free loopback ports found at start and kept across {@link #restart()}, so clients reconnect
 * to the same address. The broker is stopped and its folder deleted when JUnit closes the root context's
 * store, after the last test of the run, whether tests passed or failed (and by a shutdown hook if the JVM
 * ends another way). Listeners: PLAINTEXT, and SASL_PLAINTEXT with the PLAIN mechanism and one user
 * ({@link #SASL_USER} / {@link #SASL_PASSWORD}).
 */
public final class KafkaBroker implements AutoCloseable {
    static final String SASL_USER = "alice";
    /** A password no other text of the tests contains, so finding it anywhere is a leak. */
    static final String SASL_PASSWORD = "pw-" + Uuid.randomUuid().toString().replace("-", "");

    private final Path folder;
    private final int port;
    private final int saslPort;
    private final int controllerPort;
    private final KafkaConfig config;
    private final Duration startup;
    private KafkaRaftServer server;

    private KafkaBroker(Path folder) throws IOException {
        this.folder = folder;
        int[] ports = freePorts(3);
        this.port = ports[0];
        this.saslPort = ports[1];
        this.controllerPort = ports[2];
        Properties properties = properties();
        Path file = folder.resolve("server.properties");
        try (var out = Files.newOutputStream(file)) {
            properties.store(out, "driverkit test broker");
        }
        format(file);
        this.config = KafkaConfig.fromProps(properties);
        long started = System.nanoTime();
        start();
        this.startup = Duration.ofNanos(System.nanoTime() - started);
    }

    /** The JUnit extension: starts the shared broker before the first test class that uses it and injects it. */
    public static final class Extension implements BeforeAllCallback, ParameterResolver {
        @Override
        public void beforeAll(ExtensionContext context) {
            shared(context);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == KafkaBroker.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return shared(context);
        }

        private static KafkaBroker shared(ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(KafkaBroker.class))
                    .getOrComputeIfAbsent(KafkaBroker.class, key -> KafkaBroker.start("driverkit-kafka"), KafkaBroker.class);
        }
    }

    static KafkaBroker start(String prefix) {
        try {
            KafkaBroker broker = new KafkaBroker(Files.createTempDirectory(prefix));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "stop-kafka"));
            System.out.println("[kafka tests] Kafka 3.9.1 (KRaft) started in " + broker.startup.toMillis() + " ms at "
                    + broker.bootstrap() + " (SASL_PLAINTEXT at " + broker.saslBootstrap() + ")");
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test Kafka broker", e);
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort
                + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port + ",SASL_PLAINTEXT://127.0.0.1:" + saslPort);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("sasl.enabled.mechanisms", "PLAIN");
        p.setProperty("listener.name.sasl_plaintext.plain.sasl.jaas.config",
                "org.apache.kafka.common.security.plain.PlainLoginModule required user_" + SASL_USER + "=\""
                        + SASL_PASSWORD + "\";");
        p.setProperty("log.dirs", folder.resolve("data").toString());
        p.setProperty("num.partitions", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("auto.create.topics.enable", "true");
        return p;
    }

    /** {@code kafka-storage.sh format -t <id> -c server.properties}, in process. */
    private static void format(Path file) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", file.toString()},
                new PrintStream(output, true, StandardCharsets.UTF_8));
        if (status != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed (" + status + "): "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private synchronized void start() {
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
    }

    /** Waits until the broker answers a metadata request. */
    private void awaitReady(Duration timeout) {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The test Kafka broker at " + bootstrap() + " did not become ready within " + timeout, e);
        }
    }

    /** Stops the broker (its ports close) and keeps its data; {@link #startAgain()} brings it back on the same ports. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    public synchronized void startAgain() {
        if (server == null) {
            start();
        }
    }

    /** Stops and starts the broker on the same ports, with its data. */
    public void restart() {
        stop();
        startAgain();
    }

    @Override
    public synchronized void close() {
        stop();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder: the OS cleans it later
        }
    }

    /** {@code 127.0.0.1:port} of the PLAINTEXT listener. */
    public String bootstrap() {
        return "127.0.0.1:" + port;
    }

    /** {@code 127.0.0.1:port} of the SASL_PLAINTEXT (PLAIN) listener. */
    public String saslBootstrap() {
        return "127.0.0.1:" + saslPort;
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000));
    }

    /** Creates a topic with {@code partitions} partitions, named {@code prefix} plus a unique suffix; returns its name. */
    public String newTopic(String prefix, int partitions) {
        String topic = prefix + "-" + Uuid.randomUuid().toString().substring(0, 8);
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
        return topic;
    }

    /** Produces each value (UTF-8) with its key (may be null) to partition 0 of {@code topic} and waits for the acks. */
    public void produce(String topic, List<Map.Entry<String, String>> records) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ProducerConfig.ACKS_CONFIG, "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<java.util.concurrent.Future<?>> sent = new ArrayList<>();
            for (Map.Entry<String, String> record : records) {
                sent.add(producer.send(new ProducerRecord<>(topic, 0, bytes(record.getKey()), bytes(record.getValue()))));
            }
            for (java.util.concurrent.Future<?> each : sent) {
                each.get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Producing to " + topic + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every record of {@code topic} from the beginning up to its end offsets now, read with its own consumer. */
    public List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Reading " + topic + " did not reach its end offsets " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    static byte[] bytes(String text) {
        return text == null ? null : text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    /** Distinct free loopback ports: each found by binding port 0, all held until every one is found. */
    private static int[] freePorts(int count) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
                ports[i] = socket.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
