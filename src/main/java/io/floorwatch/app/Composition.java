package io.floorwatch.app;

import java.util.concurrent.CopyOnWriteArrayList;
import io.floorwatch.timebox.TimeBoxes;
import io.floorwatch.timebox.TimeBoxScheduler;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.floorwatch.actions.ActionNotices;
import io.floorwatch.actions.ActionRunner;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.DriftSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.NoticeSecret;
import io.floorwatch.config.NoticeSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.QueueSettings;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Theme;
import io.floorwatch.drift.DriftNotices;
import io.floorwatch.drift.DriftWatch;
import io.floorwatch.drift.IgnoreRules;
import io.floorwatch.drift.RevertOutcome;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.monitor.AlertSound;
import io.floorwatch.monitor.DriftAlerts;
import io.floorwatch.monitor.QueueAlerts;
import io.floorwatch.monitor.WebhookNotifier;
import io.floorwatch.outbound.ChangeNotices;
import io.floorwatch.provisioning.QueueEdited;
import io.floorwatch.provisioning.QueueNotices;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.tuning.SkillNotices;
import io.floorwatch.tuning.SkillOutcome;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.ui.settings.SettingsViewModel;
import io.floorwatch.ui.shell.MainWindow;
import javafx.application.Application;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The composition root: constructs the long-lived services once, by constructor, and starts and stops them in
 * order. The services of a connection are built once per connection by the {@link ServiceGraph}, inside the
 * session's {@link Connection}; the screens are the {@link UiGraph}'s. Tests build it with their own paths,
 * environment, keychain and executor.
 */
public final class Composition implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);
    /** How often the alert monitor looks: alerts rise within this of their threshold. */
    private static final Duration ALERT_TICK = Duration.ofMillis(200);
    /** How often the drift watch looks whether a check is due (the check itself runs every few minutes). */
    private static final Duration DRIFT_TICK = Duration.ofSeconds(20);
    /** How often the desktop looks for due time-box steps: a start or end happens within seconds of its time. */
    private static final Duration TIME_BOX_LOOK = Duration.ofSeconds(2);

    private final SettingsStore settingsStore;
    private final Secrets secrets;
    private final Session session;
    private final TaskExecutor tasks;
    private final Settings initialSettings;
    private final Optional<String> settingsProblem;
    private final LiveState live = new LiveState();
    private final HistoryStore history;
    private final QueueMetricFeed queues;
    private final Clock clock = Clock.systemUTC();
    private final ZoneId zone = ZoneId.systemDefault();
    private final AtomicBoolean servicesClosed = new AtomicBoolean();
    private final AlertMonitor alerts;
    private final QueueAlerts queueAlerts;
    private final AlertSound sound;
    private final WebhookNotifier webhook;
    /** Notices of Floorwatch's writes (queues created, edited, reverted; skills; agent actions) for other systems. */
    private final ChangeNotices changeNotices;
    private final NoticeSecret noticeSecret;
    private final String actor = System.getProperty("user.name", "supervisor");
    private final AtomicReference<URI> signInAddress = new AtomicReference<>();
    private volatile NoticeSettings notices;
    private volatile DriftSettings driftSettings;
    /** The saved queue thresholds: the queues screen and the queue alerts read them at each look. */
    private volatile QueueThresholdSettings queueThresholds;
    private final DriftWatch driftWatch;
    /** Time-boxed skill changes in history, and the desktop's runner of them (one of the runners a lease allows). */
    private final TimeBoxes timeBoxes;
    private final TimeBoxScheduler timeBoxScheduler;
    private final List<Runnable> timeBoxListeners = new CopyOnWriteArrayList<>();
    private final UiGraph screens = new UiGraph();

    public Composition(AppPaths paths, Map<String, String> environment, SecretStore keychain, TaskExecutor tasks,
            boolean forceDemo, Supplier<EmulatorConfig> demoConfig) {
        this(paths, environment, keychain, tasks, forceDemo, demoConfig, null);
    }

    /**
     * @param browser opens the sign-in page of a real org; null for the system browser (and, when none opens,
     *     {@link #signInAddress()} holds the address for the window to show)
     */
    public Composition(AppPaths paths, Map<String, String> environment, SecretStore keychain, TaskExecutor tasks,
            boolean forceDemo, Supplier<EmulatorConfig> demoConfig, Consumer<URI> browser) {
        this.settingsStore = new SettingsStore(paths.settingsFile());
        this.secrets = new Secrets(new EnvironmentSecretStore(environment), keychain);
        this.noticeSecret = new NoticeSecret(environment, keychain);
        this.changeNotices = new ChangeNotices(() -> notices, noticeSecret::read, clock);
        this.tasks = tasks;
        SettingsStore.Loaded loaded = settingsStore.load();
        this.settingsProblem = loaded.problem().map(this::setAside);
        this.initialSettings = forceDemo ? loaded.settings().withConnection(ConnectionSettings.demo())
                : loaded.settings();
        this.history = HistoryStore.open(paths.historyDatabase(),
                Duration.ofDays(initialSettings.history().retentionDays()), clock);
        this.queues = new QueueMetricFeed(history.writer(), initialSettings.feeds().weights(),
                QueueMetricFeed.targetsFrom(live), QueueMetricFeed.listedIn(live));
        ServiceGraph services = new ServiceGraph(history, live, queues::latest, actor, clock, this::queueCreated,
                this::queueEdited, this::skillsApplied, this::agentsActed, this::driftReverted);
        this.session = new Session(secrets, demoConfig, live, history.writer(), queues,
                ChannelPoolSettings.standard(), clock, services::build,
                new SignIns(keychain, clock, browser != null ? browser : new SystemBrowser(signInAddress::set)));
        this.alerts = new AlertMonitor(live, queues::latest, history.writer(), history.alerts(),
                initialSettings.alerts(), clock, ALERT_TICK);
        this.sound = new AlertSound(() -> alerts.settings().sound());
        this.webhook = WebhookNotifier.standard(() -> alerts.settings().webhookUrl());
        alerts.subscribe(sound);
        alerts.subscribe(webhook);
        this.notices = initialSettings.notices();
        this.driftSettings = initialSettings.drift();
        this.queueThresholds = initialSettings.queueThresholds();
        this.driftWatch = new DriftWatch(() -> driftSettings, () -> session.services().map(Services::drift), clock);
        driftWatch.subscribe(new DriftAlerts(alerts));
        this.queueAlerts = new QueueAlerts(alerts, queues::latest, live::queues, () -> queueThresholds, clock,
                QueueAlerts.DWELL);
        this.timeBoxes = new TimeBoxes(history.timeBoxes(), history.writer(), clock, changeNotices::send);
        this.timeBoxScheduler = new TimeBoxScheduler(timeBoxes.runner("the desktop of " + actor),
                () -> session.services().map(Services::timeBoxes), changed -> timeBoxListeners.forEach(Runnable::run));
    }

    IgnoreRules driftIgnoreRules() {
        DriftSettings current = driftSettings;
        return new IgnoreRules(current.ignoreFields(), current.ignoreEntities());
    }

    private void queueCreated(QueueOutcome outcome) {
        // The queues screen names it at once (it showed the new queue's id, or not at all, until the next read).
        live.addQueue(new RoutingQueue(outcome.queueId(), QueueSettings.named(outcome.name()), outcome.members(), 0,
                clock.instant()));
        changeNotices.send(QueueNotices.created(outcome, currentActor(), clock.instant()), "queue " + outcome.name());
    }

    private void queueEdited(QueueEdited edit) {
        // A rename shows on the queues screen at once, as a create does.
        live.addQueue(edit.queue());
        changeNotices.send(QueueNotices.updated(edit, currentActor(), clock.instant()), "queue " + edit.name());
    }

    private void skillsApplied(SkillOutcome outcome) {
        changeNotices.send(SkillNotices.applied(outcome, currentActor(), clock.instant()),
                "skills of " + outcome.agent().agentName());
    }

    /** One notice per batch of agent actions, however many agents it changed. */
    private void agentsActed(ActionRunner.BatchResult result) {
        changeNotices.send(ActionNotices.batch(result, currentActor(), clock.instant()), result.plan().action().label());
    }

    private void driftReverted(List<RevertOutcome> outcomes) {
        changeNotices.send(DriftNotices.reverted(outcomes, currentActor(), clock.instant()), "drift revert");
    }

    /** Who acts on the open connection (the signed-in person), else this machine's user. */
    private String currentActor() {
        return session.services().map(Services::actor).orElse(actor);
    }

    /**
     * The sign-in page's address when no browser could be opened for it (empty otherwise), for the window to show
     * for copying.
     */
    AtomicReference<URI> signInAddress() {
        return signInAddress;
    }

    /** The app's defaults: the embedded demo's size. */
    /**
     * Moves an unreadable settings file aside, so that saving Settings cannot overwrite what the supervisor had,
     * and says where it went.
     */
    private String setAside(String problem) {
        try {
            Path aside = settingsStore.setAside(clock);
            LOG.warn("{}; set aside as {}", problem, aside);
            return problem + ". It was set aside as " + aside + " (open it to copy back what you need); Floorwatch "
                    + "starts on the built-in demo with default settings.";
        } catch (IOException e) {
            LOG.warn("{}; it could not be set aside", problem, e);
            return problem + ". It could not be set aside (" + e.getMessage() + "); Floorwatch starts on the "
                    + "built-in demo, and saving Settings will replace the file.";
        }
    }

    public static Supplier<EmulatorConfig> demo() {
        return DemoSettings::emulator;
    }

    /** Builds the main window's content. Must run on the FX thread. */
    public MainWindow buildWindow(DialogService dialogs) {
        applyTheme(initialSettings.theme());
        MainWindow window = screens.build(this, dialogs);
        settingsProblem.ifPresent(problem -> dialogs.showError("Settings could not be read", problem));
        history.opened().thenAccept(problem -> problem.ifPresent(reason -> Platform.runLater(
                () -> dialogs.showError("History is not being saved", reason))));
        return window;
    }

    /** Starts the connection in the background; the window is already usable. */
    public void start() {
        alerts.start();
        queueAlerts.start(QueueAlerts.EVERY);
        driftWatch.start(DRIFT_TICK);
        timeBoxScheduler.start(TIME_BOX_LOOK);
        session.open(initialSettings);
    }

    public Session session() {
        return session;
    }

    public LiveState live() {
        return live;
    }

    public AlertMonitor alerts() {
        return alerts;
    }

    public HistoryStore history() {
        return history;
    }

    public Settings initialSettings() {
        return initialSettings;
    }

    SettingsStore settingsStore() {
        return settingsStore;
    }

    /** The change notices sent, for Settings' list of deliveries. */
    ChangeNotices changeNotices() {
        return changeNotices;
    }

    NoticeSecret noticeSecret() {
        return noticeSecret;
    }

    Secrets secrets() {
        return secrets;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    QueueMetricFeed queues() {
        return queues;
    }

    QueueThresholdSettings queueThresholds() {
        return queueThresholds;
    }

    DriftWatch driftWatch() {
        return driftWatch;
    }

    TimeBoxes timeBoxes() {
        return timeBoxes;
    }

    /** Looks for due time-box steps now (a box scheduled to start now, or ended now). */
    void wakeTimeBoxes() {
        timeBoxScheduler.wake();
    }

    /** Tells {@code listener} (on the runner's thread) whenever the runner carried out a step. */
    void onTimeBoxesChanged(Runnable listener) {
        timeBoxListeners.add(listener);
    }

    Clock clock() {
        return clock;
    }

    ZoneId zone() {
        return zone;
    }

    String actor() {
        return actor;
    }

    /** What keeps alerts from reaching people beyond the screen, for the status bar. */
    String alertProblem() {
        String sounds = alerts.settings().sound() ? sound.problem() : "";
        String hook = alerts.settings().webhookUrl().isEmpty() ? "" : webhook.problem();
        String changes = notices.changeWebhookUrl().isEmpty() ? "" : changeNotices.problem();
        return String.join(" · ", Stream.of(sounds, hook, changes).filter(p -> !p.isEmpty()).toList());
    }

    void settingsSaved(Settings saved) {
        apply(saved);
        LOG.info("settings saved; connecting to {}", saved.connection().label());
        session.open(saved);
    }

    /** What Settings' Sign in, Sign out and Cancel sign-in do. */
    SettingsViewModel.SignInActions signInActions() {
        return new SettingsViewModel.SignInActions() {
            @Override
            public void signIn(Settings saved) {
                apply(saved);
                LOG.info("settings saved; signing in to {}", saved.connection().label());
                signInAddress.set(null);
                session.signIn(saved);
            }

            @Override
            public void signOut(Settings saved) {
                session.signOut(saved);
            }

            @Override
            public void cancelSignIn() {
                session.cancelSignIn();
            }
        };
    }

    private void apply(Settings saved) {
        applyTheme(saved.theme());
        alerts.reconfigure(saved.alerts());
        notices = saved.notices();
        queueThresholds = saved.queueThresholds();
        driftSettingsSaved(saved.drift());
    }

    void driftSettingsSaved(DriftSettings saved) {
        if (!saved.equals(driftSettings)) {
            driftSettings = saved;
            driftWatch.checkSoon();
        }
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Closes the screens (on the FX thread, where the window lives), then every service. */
    @Override
    public void close() {
        screens.close();
        closeServices();
    }

    /**
     * Closes what must not be lost when the process ends: the feed and the history (so the writer's queue is
     * written and the file compacted). Safe from any thread and more than once; the JVM's shutdown hook calls it
     * when the app is stopped without its window closing (SIGTERM, logout).
     */
    public void closeServices() {
        if (!servicesClosed.compareAndSet(false, true)) {
            return;
        }
        driftWatch.close(); // before the session: a check in progress is stopped, not cut off mid-call
        timeBoxScheduler.close(); // likewise: a step in progress stops before its next agent, and is resumed later
        session.close(); // the connection: feeds, gateway, demo environment
        queueAlerts.close(); // before the monitor it raises through
        alerts.close(); // before history: it stores the alerts still open as cleared
        sound.close();
        webhook.close();
        changeNotices.close();
        tasks.close();
        history.close();
    }
}
