package io.floorwatch.app;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.List;
import io.floorwatch.tuning.SkillNotices;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.timebox.TimeBoxScheduler;
import io.floorwatch.timebox.TimeBox;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.cli.HeadlessSession;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.feed.AgentStateFeed;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.CollectorName;
import io.floorwatch.feed.CollectorSetup;
import io.floorwatch.feed.ShareMember;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.monitor.AlertSound;
import io.floorwatch.monitor.QueueAlerts;
import io.floorwatch.monitor.WebhookNotifier;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * What the headless commands run on: the same session, feed, live state and history as the window, without
 * the window. The history file must be usable (a command is told, not quietly given a memory database).
 */
public final class HeadlessRuntime implements HeadlessSession {
    private final HistoryStore history;
    private final Session session;
    /** Null for the collector, which publishes and raises nothing. */
    private final AlertMonitor alerts;
    /** The queues' red figures, raised through {@link #alerts}; null with it. */
    private final QueueAlerts queueAlerts;
    private final LiveState live;
    private final QueueMetricFeed queues;
    private final ConnectionSettings connection;
    /** Closed after the session: the collector's publisher, which the session's feed sends through. */
    private final AutoCloseable extra;
    /** Where the alerts go besides the output, as in the window; null with the alerts. */
    private final WebhookNotifier webhook;
    private final AlertSound sound;
    /** Notices of what the run writes (time-boxes it carries out) for the saved change webhook. */
    private final ChangeNotices changeNotices;

    private HeadlessRuntime(HistoryStore history, Session session, AlertMonitor alerts, QueueAlerts queueAlerts,
            LiveState live, QueueMetricFeed queues, ConnectionSettings connection, AutoCloseable extra,
            ChangeNotices changeNotices) {
        this.changeNotices = changeNotices;
        this.queueAlerts = queueAlerts;
        this.webhook = alerts == null ? null : WebhookNotifier.standard(() -> alerts.settings().webhookUrl());
        this.sound = alerts == null ? null : new AlertSound(() -> alerts.settings().sound());
        this.live = live;
        this.queues = queues;
        this.history = history;
        this.session = session;
        this.alerts = alerts;
        this.connection = connection;
        this.extra = extra;
    }

    /**
     * Opens history and connects in the background.
     *
     * @param override  a connection from the command line; without one, the saved settings
     * @param overrides the command's options over the saved settings (feeds, alert webhook and sound)
     * @param db        the history file (without {@code .mv.db}); null for the usual one in the data folder
     */
    public static HeadlessRuntime start(AppPaths paths, Map<String, String> environment, SecretStore keychain,
            Optional<ConnectionSettings> override, UnaryOperator<Settings> overrides, Path db,
            Supplier<EmulatorConfig> demoConfig) {
        return start(paths, environment, keychain, override, overrides, db == null ? paths.historyDatabase() : db,
                demoConfig, AgentFeedFactory.desktop(), null, true);
    }

    /**
     * Opens the collector's history and connects in the background; the collector publishes every agent-state
     * event of the part of the org {@code setup} gives it to the agent topic, every queue's observations as queue
     * snapshots to the metrics topic, and the latest snapshot of every agent and queue to the compacted roster topic
     * (null for none). A member of a share group publishes queue snapshots only while it holds the list's first
     * share, so one collector of the group follows the queues. It raises the saved rules' alerts too (on the floor
     * of a whole-org or fixed-share collector), so an unattended collector reaches the webhook.
     */
    public static HeadlessRuntime collect(AppPaths paths, Map<String, String> environment, SecretStore keychain,
            Optional<ConnectionSettings> override, UnaryOperator<Settings> overrides, Path db,
            Supplier<EmulatorConfig> demoConfig, CollectorSetup setup) {
        RecordPublisher publisher = new RecordPublisher(setup.bootstrap(), "floorwatch-collector");
        AgentFeedFactory collector = new AgentFeedFactory() {
            @Override
            public AgentStateFeed create(Context context) {
                String name = CollectorName.ofThisProcess();
                if (!setup.inGroup()) {
                    return new Collector(context.gateway(), context.live(), context.history(), context.channels(),
                            publisher, setup.agentTopic(), setup.metricsTopic(), setup.rosterTopic(),
                            context.clock(), Collector.HEARTBEAT, setup.share(), name);
                }
                return new ShareMember(setup.shares(), new ShareMember.ShareGroupSettings(setup.bootstrap(),
                        ShareMember.controlTopicOf(setup.agentTopic()), setup.sessionTimeout()), name,
                        context.clock(), Collector.HEARTBEAT, (index, live, directory) -> new Collector(
                        context.gateway(), live, context.history(), context.channels(), publisher,
                        setup.agentTopic(), index == 0 ? setup.metricsTopic() : null, setup.rosterTopic(),
                        context.clock(), Collector.HEARTBEAT, setup.shares().get(index), name, directory),
                        (key, value) -> publisher.send(setup.agentTopic(), key, value));
            }

            @Override
            public boolean needsKafka(FeedSettings feeds) {
                return false;
            }

            @Override
            public boolean readsQueueMetrics() {
                return false;
            }
        };
        try {
            return start(paths, environment, keychain, override, overrides,
                    db == null ? paths.collectorDatabase() : db, demoConfig, collector, publisher, true);
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
    }

    private static HeadlessRuntime start(AppPaths paths, Map<String, String> environment, SecretStore keychain,
            Optional<ConnectionSettings> override, UnaryOperator<Settings> overrides, Path db,
            Supplier<EmulatorConfig> demoConfig, AgentFeedFactory feeds, AutoCloseable extra, boolean withAlerts) {
        Settings saved = overrides.apply(new SettingsStore(paths.settingsFile()).load().settings());
        ConnectionSettings connection = override.orElse(saved.connection());
        Clock clock = Clock.systemUTC();
        HistoryStore history = HistoryStore.openOrFail(db, Duration.ofDays(saved.history().retentionDays()), clock);
        HeadlessRuntime runtime;
        // The session builds the services that notice through it: it is known once built.
        AtomicReference<Session> opened = new AtomicReference<>();
        ChangeNotices notices = new ChangeNotices(saved::notices, new NoticeSecret(environment, keychain)::read, clock);
        try {
            Secrets secrets = new Secrets(new EnvironmentSecretStore(environment), keychain);
            LiveState live = new LiveState();
            QueueMetricFeed queues = new QueueMetricFeed(history.writer(), saved.feeds().weights(),
                    QueueMetricFeed.targetsFrom(live));
            // The commands' writes report themselves; the skills a time-box run changes are noticed, as the
            // desktop's are.
            ServiceGraph services = new ServiceGraph(history, live, queues::latest,
                    System.getProperty("user.name", "unknown"), clock, outcome -> { }, edit -> { },
                    outcome -> notices.send(SkillNotices.applied(outcome, actorOn(opened.get()), clock.instant()),
                            "skills of " + outcome.agent().agentName()),
                    batch -> { }, reverts -> { });
            Session session = new Session(secrets, demoConfig, live, history.writer(), queues,
                    ChannelPoolSettings.standard(), clock, feeds, services::build);
            opened.set(session);
            AlertMonitor alerts = withAlerts ? new AlertMonitor(live, queues::latest, history.writer(),
                    history.alerts(), saved.alerts(), clock, Duration.ofMillis(200)) : null;
            // A headless run does not reload its settings: the thresholds saved when it started apply.
            QueueAlerts queueAlerts = alerts == null ? null : new QueueAlerts(alerts, queues::latest, live::queues,
                    saved::queueThresholds, clock, QueueAlerts.DWELL);
            runtime = new HeadlessRuntime(history, session, alerts, queueAlerts, live, queues, connection, extra,
                    notices);
        } catch (RuntimeException e) {
            notices.close();
            history.close();
            throw e;
        }
        if (runtime.alerts != null) {
            runtime.alerts.subscribe(runtime.webhook);
            runtime.alerts.subscribe(runtime.sound);
            runtime.alerts.start();
            runtime.queueAlerts.start(QueueAlerts.EVERY);
        }
        runtime.session.open(saved.withConnection(connection));
        return runtime;
    }

    /** Who acts on the session's connection, as its services name them. */
    private static String actorOn(Session session) {
        return session.services().map(Services::actor).orElse(System.getProperty("user.name", "unknown"));
    }

    /** The live floor itself (its queue directory, whether its source has gone silent). */
    public LiveState live() {
        return live;
    }

    @Override
    public String target() {
        return connection.label();
    }

    /** Waits until the connection is up or has failed; the status says which. */
    @Override
    public ConnectionStatus awaitConnection(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ConnectionStatus status = session.status();
        while (status.state() == ConnectionStatus.State.CONNECTING && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = session.status();
        }
        return status;
    }

    @Override
    public FeedHealth feedHealth() {
        return session.feedHealth();
    }

    @Override
    public QueueFeedHealth queueHealth() {
        return session.queueHealth();
    }

    @Override
    public HistoryStore history() {
        return history;
    }

    @Override
    public Optional<GenesysGateway> gateway() {
        return Optional.ofNullable(session.gateway());
    }

    @Override
    public Collection<LiveAgent> agents() {
        return live.all();
    }

    @Override
    public Collection<QueueSample> latestQueues() {
        return queues.latest();
    }

    @Override
    public Map<String, String> queueNames() {
        Map<String, String> names = new HashMap<>();
        live.queues().forEach((id, queue) -> names.put(id, queue.settings().name()));
        return names;
    }

    @Override
    public Optional<AlertMonitor> alerts() {
        return Optional.ofNullable(alerts);
    }

    @Override
    public void stopFeeds() {
        session.close();
        if (alerts != null) {
            queueAlerts.close();
            alerts.close();
        }
    }

    @Override
    public Optional<String> alertProblem() {
        return Optional.ofNullable(webhook).map(w -> String.join(" · ", Stream.of(alerts.settings().sound()
                ? sound.problem() : "", alerts.settings().webhookUrl().isEmpty() ? "" : w.problem())
                .filter(p -> !p.isEmpty()).toList())).filter(p -> !p.isEmpty());
    }

    /**
     * Carries out this history's time-boxes on this run's connection as they fall due, until the returned
     * scheduler is closed (before this runtime).
     */
    @Override
    public TimeBoxScheduler runTimeBoxes(String runner, Duration every, Consumer<List<TimeBox>> changed) {
        TimeBoxes boxes = new TimeBoxes(history.timeBoxes(), history.writer(), Clock.systemUTC(),
                changeNotices::send);
        return new TimeBoxScheduler(boxes.runner(runner), () -> session.services().map(Services::timeBoxes),
                changed).start(every);
    }

    @Override
    public void close() {
        try {
            session.close();
            changeNotices.closeAfterSending(Duration.ofSeconds(10));
            if (alerts != null) {
                queueAlerts.close();
                alerts.close();
                // After the monitor, and draining: an alert raised just before the end still reaches the channel.
                webhook.closeAfterSending(Duration.ofSeconds(10));
                sound.close();
            }
            if (extra != null) {
                extra.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("closing the collector's publisher failed: " + e.getMessage(), e);
        } finally {
            history.close();
        }
    }
}
