package io.floorwatch.cli;

import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.timebox.TimeBoxScheduler;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** A running session without a window, as the headless commands use it; the app provides it. */
public interface HeadlessSession extends AutoCloseable {
    /** What it connects to, for people. */
    String target();

    ConnectionStatus awaitConnection(Duration timeout) throws InterruptedException;

    FeedHealth feedHealth();

    /** How the queue-metric feed is doing (idle for the collector, which only publishes). */
    QueueFeedHealth queueHealth();

    HistoryStore history();

    /** The connection's gateway once connected (recommendations read users' skills through it). */
    Optional<GenesysGateway> gateway();

    /** The live floor's agents as they are now. */
    Collection<LiveAgent> agents();

    /** The newest sample of every queue heard from. */
    Collection<QueueSample> latestQueues();

    /** Queue names by id, from the queue directory the floor read. */
    Map<String, String> queueNames();

    /** The alert monitor, where the session raises alerts. */
    Optional<AlertMonitor> alerts();

    /** Why alerts do not reach the webhook or the speaker, or empty while they do (or none is set). */
    Optional<String> alertProblem();

    /**
     * Starts carrying out this session's history's time-boxes on its connection as they fall due, looking every
     * {@code every}; the caller closes the scheduler (before the session). {@code changed} hears of each step.
     */
    TimeBoxScheduler runTimeBoxes(String runner, Duration every, Consumer<List<TimeBox>> changed);

    /** Stops the feeds (and the demo's emulator); history stays open, so what they wrote can be counted. */
    void stopFeeds();

    @Override
    void close();
}
