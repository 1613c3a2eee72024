package io.floorwatch.kafka;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The demo's Kafka: a single-node KRaft broker (broker and controller in one) inside this JVM, on loopback ports
 * picked at start, with its log in a fresh temporary directory that {@link #close()} removes. It is the real
 * Kafka server of the same version as the clients, so the demo reaches it through exactly the production
 * consumer and producer code.
 */
public final class EmbeddedBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final Path directory;
    private final int brokerPort;
    private final Properties properties;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedBroker(Path directory, int brokerPort, Properties properties) {
        this.directory = directory;
        this.brokerPort = brokerPort;
        this.properties = properties;
    }

    /** Formats a fresh log directory, starts the node and returns once the broker port accepts connections. */
    public static EmbeddedBroker start() {
        Path directory;
        try {
            directory = Files.createTempDirectory("floorwatch-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the demo broker's directory", e);
        }
        int brokerPort = freePort();
        EmbeddedBroker broker = new EmbeddedBroker(directory, brokerPort,
                properties(directory, brokerPort, freePort()));
        try {
            format(directory, broker.properties);
            broker.run();
            LOG.info("demo Kafka broker listening on {}", broker.bootstrapServers());
            return broker;
        } catch (Exception e) {
            broker.close();
            throw new IllegalStateException("the demo Kafka broker did not start: " + e.getMessage(), e);
        }
    }

    private void run() throws InterruptedException {
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
        awaitPort(brokerPort);
    }

    /** Stops the node but keeps its log: an outage, which {@link #restart()} ends. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
        }
    }

    /** Starts the node again on the same ports and log, after {@link #stop()}. */
    public synchronized void restart() throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("the broker is closed");
        }
        if (server == null) {
            run();
        }
    }

    static Properties properties(Path directory, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        // A static one-voter quorum: nothing to bootstrap, and the ports may differ from run to run.
        p.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", directory.toString());
        // One node: internal topics cannot have the default three replicas.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("num.partitions", "3");
        // A demo runs for a shift at most: keep the log small.
        p.put("log.retention.hours", "12");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        return p;
    }

    private static void format(Path directory, Properties properties) throws Exception {
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(1)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(directory.toString()))
                .setMetadataLogDirectory(directory.toString())
                .setControllerListenerName("CONTROLLER")
                .setReleaseVersion(MetadataVersion.latestProduction())
                .run();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the demo broker", e);
        }
    }

    private static void awaitPort(int port) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 500);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("port " + port + " did not open within " + READY_TIMEOUT, e);
                }
                Thread.sleep(50);
            }
        }
    }

    /** Creates a topic (if it is not there yet) so consumers find it at once rather than at their next refresh. */
    public void createTopic(String topic, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("topic " + topic + " could not be created: " + e.getCause(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topic " + topic, e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topic " + topic + " was not created within 30 s", e);
        }
    }

    /** {@code host:port} for the clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + brokerPort;
    }

    /** Stops the node, waits for it, and removes its log directory. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
        } finally {
            delete(directory);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // The temporary directory stays behind; the OS's temp cleaning takes it later.
            LOG.warn("could not remove the demo broker's directory {}: {}", directory, e.getMessage());
        }
    }
}
