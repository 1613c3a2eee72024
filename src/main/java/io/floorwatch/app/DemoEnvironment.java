package io.floorwatch.app;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.RecordPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What demo mode runs in-process besides the app: the emulator the gateway talks to and, when a feed reads Kafka,
 * an embedded broker with the emulator publishing queue metrics to it as the upstream pipeline would. Immutable:
 * {@link #withKafka} gives a new environment; {@link #close} closes everything it started.
 */
public final class DemoEnvironment implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DemoEnvironment.class);

    private final Emulator emulator;
    /** Null until {@link #withKafka} started it (or when it could not). */
    private final EmbeddedBroker broker;
    /** What the emulator publishes queue metrics (and the demo collector agent state) through; null without a broker. */
    private final RecordPublisher pipeline;
    private final String problem;

    private DemoEnvironment(Emulator emulator, EmbeddedBroker broker, RecordPublisher pipeline, String problem) {
        this.emulator = emulator;
        this.broker = broker;
        this.pipeline = pipeline;
        this.problem = problem;
    }

    /** Starts the emulator. */
    public static DemoEnvironment start(EmulatorConfig config) {
        return new DemoEnvironment(new Emulator(config).start(), null, null, "");
    }

    /**
     * This environment with the embedded broker up, its topics made and the emulator publishing queue metrics to
     * it; itself when the broker already runs. A broker that does not start is logged and told by {@link #problem}.
     */
    public DemoEnvironment withKafka(FeedSettings feeds) {
        if (broker != null) {
            return this;
        }
        EmbeddedBroker started = null;
        try {
            started = EmbeddedBroker.start();
            started.createTopic(feeds.queueTopic(), 3);
            started.createTopic(feeds.agentTopic(), 3);
            RecordPublisher publisher = new RecordPublisher(started.bootstrapServers(), "floorwatch-demo-pipeline");
            emulator.publishQueueMetrics(publisher, feeds.queueTopic());
            return new DemoEnvironment(emulator, started, publisher, "");
        } catch (RuntimeException e) {
            LOG.error("the demo Kafka broker did not start", e);
            if (started != null) {
                Quietly.close("demo broker", started);
            }
            return new DemoEnvironment(emulator, null, null, "Queue metrics: " + e.getMessage());
        }
    }

    public Emulator emulator() {
        return emulator;
    }

    /** The embedded broker's address, or null when none runs. */
    public String bootstrap() {
        return broker == null ? null : broker.bootstrapServers();
    }

    /** The demo pipeline's publisher, or null when no broker runs. */
    public RecordPublisher pipeline() {
        return pipeline;
    }

    /** Why the broker is not running, or empty. */
    public String problem() {
        return problem;
    }

    /** The emulator first (its simulator is what sends through the pipeline), then the pipeline, then the broker. */
    @Override
    public void close() {
        Quietly.close("emulator", emulator);
        Quietly.close("demo metrics pipeline", pipeline);
        Quietly.close("demo broker", broker);
    }
}
