package io.floorwatch.app;

import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.Settings;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.KafkaAgentFeed;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.feed.RosterFloorSeed;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.KafkaSettings;
import io.floorwatch.kafka.QueueMetricCodec;
import io.floorwatch.kafka.TopicConsumer;
import io.floorwatch.monitor.AlertMonitor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/**
 * A live floor from Kafka alone, for a machine with no Genesys credentials (a wallboard's kiosk PC): the floor
 * built from a collector's roster topic and followed on its agent-state topic, queue metrics from the queue-metric
 * topic (named by the roster's queue directory), and the alerts raised on them, kept in history as everywhere. It
 * never builds a Genesys gateway nor reads a secret. Everything starts in the background in {@link #start}; what it
 * started closes, newest first, in {@link #close()}.
 * <p>
 * Alerts go to history and to {@link #alerts()}'s subscribers only: a wallboard that should also play the sound or
 * send the webhook subscribes them itself (every supervisor's desktop sends the webhook already).
 */
public final class KafkaFloorRuntime implements AutoCloseable {
    private static final Duration ALERT_TICK = Duration.ofMillis(200);

    private final Settings settings;
    private final HistoryStore history;
    private final LiveState live = new LiveState();
    private final QueueMetricFeed queues;
    private final KafkaAgentFeed agents;
    private final TopicConsumer<QueueSnapshot> queueConsumer;
    private final AlertMonitor alerts;
    private final String queueTopic;

    private KafkaFloorRuntime(String bootstrapServers, String agentTopic, String rosterTopic, String queueTopic,
            String groupId, HistoryStore history, Settings settings, Clock clock) {
        this.settings = settings;
        this.history = history;
        this.queueTopic = queueTopic;
        this.queues = new QueueMetricFeed(history.writer(), settings.feeds().weights(),
                QueueMetricFeed.targetsFrom(live), QueueMetricFeed.listedIn(live));
        this.agents = new KafkaAgentFeed(new RosterFloorSeed(live, history.writer(), bootstrapServers, rosterTopic,
                clock), live, history.writer(), new KafkaSettings(bootstrapServers, agentTopic, groupId), clock,
                Collector.SILENT_AFTER, ZoneId.systemDefault());
        TopicConsumer<QueueSnapshot> consumer = null;
        try {
            consumer = new TopicConsumer<>(new KafkaSettings(bootstrapServers, queueTopic, groupId),
                    "kafka-queue-metrics", TopicConsumer.Start.LATEST, new QueueMetricCodec(clock), queues, clock);
            this.alerts = new AlertMonitor(live, queues::latest, history.writer(), history.alerts(),
                    settings.alerts(), clock, ALERT_TICK);
        } catch (RuntimeException e) {
            Quietly.close("queue-metric consumer", consumer);
            agents.close();
            throw e;
        }
        this.queueConsumer = consumer;
    }

    /**
     * Opens history and starts following the floor in the background; returns at once.
     *
     * @param bootstrapServers the Kafka cluster, {@code host:port[,host:port...]}
     * @param agentTopic       the collector's agent-state topic, e.g. {@code floorwatch.agent-state}
     * @param rosterTopic      the collector's roster topic, e.g. {@code floorwatch.agent-state.roster}
     * @param queueTopic       the queue-metric topic, e.g. {@code floorwatch.queue-metrics}
     * @param groupId          the consumer group; blank for one per user and machine
     *                         ({@link FeedSettings#effectiveGroupId})
     * @param historyFile      the history database (without {@code .mv.db}); it must be usable
     * @param settings         alert rules, score weights, history retention, interaction thresholds (its connection
     *                         and feed sources are not read)
     * @throws IllegalArgumentException when a topic, the bootstrap list or the group is not valid
     * @throws IllegalStateException    when the history file cannot be opened
     */
    public static KafkaFloorRuntime start(String bootstrapServers, String agentTopic, String rosterTopic,
            String queueTopic, String groupId, Path historyFile, Settings settings) {
        return start(bootstrapServers, agentTopic, rosterTopic, queueTopic, groupId, historyFile, settings,
                Clock.systemUTC());
    }

    static KafkaFloorRuntime start(String bootstrapServers, String agentTopic, String rosterTopic, String queueTopic,
            String groupId, Path historyFile, Settings settings, Clock clock) {
        Objects.requireNonNull(historyFile, "historyFile");
        Objects.requireNonNull(settings, "settings");
        if (!FeedSettings.validBootstrap(bootstrapServers)) {
            throw new IllegalArgumentException("Kafka bootstrap servers must be host:port[,host:port...], not '"
                    + bootstrapServers + "'");
        }
        for (String topic : new String[] {agentTopic, rosterTopic, queueTopic}) {
            if (!FeedSettings.validTopic(topic)) {
                throw new IllegalArgumentException("'" + topic + "' is not a valid Kafka topic name");
            }
        }
        FeedSettings feeds = new FeedSettings(FeedSettings.AgentSource.KAFKA, FeedSettings.QueueSource.KAFKA,
                bootstrapServers, queueTopic, agentTopic, groupId, settings.feeds().weights());
        String group = GroupIds.of(feeds);
        if (!FeedSettings.validGroup(group)) {
            throw new IllegalArgumentException("'" + group + "' is not a valid consumer group id");
        }
        HistoryStore history = HistoryStore.openOrFail(historyFile,
                Duration.ofDays(settings.history().retentionDays()), clock);
        KafkaFloorRuntime runtime;
        try {
            runtime = new KafkaFloorRuntime(bootstrapServers, agentTopic, rosterTopic, queueTopic, group, history,
                    settings, clock);
        } catch (RuntimeException e) {
            history.close();
            throw e;
        }
        runtime.agents.start();
        runtime.queueConsumer.start();
        runtime.alerts.start();
        return runtime;
    }

    /** The floor: agents with names, teams, queues, states and interactions, and the queue directory. */
    public LiveState live() {
        return live;
    }

    /** The latest sample of each queue heard from (as the window's queues screen reads them). */
    public Supplier<Collection<QueueSample>> queueSamples() {
        return queues::latest;
    }

    /** The alerts raised on this floor by the settings' rules; subscribe to be told of each. */
    public AlertMonitor alerts() {
        return alerts;
    }

    /** Done once the roster is read and the floor is live (never fails: a failed read is tried again). */
    public CompletionStage<Void> firstRead() {
        return agents.firstRead();
    }

    /** How the agent-state feed is doing (the roster read, the collector's heartbeats); cheap, no IO. */
    public FeedHealth agentHealth() {
        return agents.health();
    }

    /** How the queue-metric feed is doing; cheap, no IO. */
    public QueueFeedHealth queueHealth() {
        TopicConsumer.Health health = queueConsumer.health();
        return new QueueFeedHealth("Kafka " + queueTopic, health.running(), queues.latest().size(),
                health.records(), health.rejected(), health.lag(), health.problem());
    }

    /** The settings it runs with (interaction thresholds, queue thresholds, theme for a window on top). */
    public Settings settings() {
        return settings;
    }

    /** Where states, samples and alerts are kept. */
    public HistoryStore history() {
        return history;
    }

    /** Newest first: the alerts, the queue metrics, the agent feed, then history. */
    @Override
    public void close() {
        try {
            Quietly.close("alert monitor", alerts);
            Quietly.close("queue-metric consumer", queueConsumer);
            Quietly.close("agent-state feed", agents);
        } finally {
            history.close();
        }
    }
}
