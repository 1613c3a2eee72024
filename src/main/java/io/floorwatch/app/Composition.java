package io.floorwatch.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.ConnectionSettings;
import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.domain.Theme;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.monitor.AlertSound;
import io.floorwatch.monitor.WebhookNotifier;
import io.floorwatch.outbound.WebhookPoster;
import io.floorwatch.provisioning.QueueNotices;
import io.floorwatch.provisioning.QueueOutcome;
import io.floorwatch.provisioning.QueueProvisioner;
import io.floorwatch.ui.provisioning.ProvisioningView;
import io.floorwatch.ui.provisioning.ProvisioningViewModel;
import io.floorwatch.ui.alerts.AlertToasts;
import io.floorwatch.ui.alerts.AlertsView;
import io.floorwatch.ui.alerts.AlertsViewModel;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.history.HistoryView;
import io.floorwatch.ui.history.HistoryViewModel;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import io.floorwatch.ui.settings.SettingsView;
import io.floorwatch.ui.settings.SettingsViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import javafx.application.Application;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The composition root: constructs every component once, by constructor, and starts and stops them in
 * order. Tests build it with their own paths, environment, keychain and executor.
 */
public final class Composition implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Composition.class);
    /** How often the alert monitor looks: alerts rise within this of their threshold. */
    private static final Duration ALERT_TICK = Duration.ofMillis(200);
    /** How often the drift watch looks whether a check is due (the check itself runs every few minutes). */
    private static final Duration DRIFT_TICK = Duration.ofSeconds(20);

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
    private final java.util.concurrent.atomic.AtomicBoolean servicesClosed =
            new java.util.concurrent.atomic.AtomicBoolean();
    private final AlertMonitor alerts;
    private final AlertSound sound;
    private final WebhookNotifier webhook;
    /** Notices of Floorwatch's writes (queues created) for other systems. */
    private final WebhookPoster changeNotices = new WebhookPoster("change-webhook", Duration.ofSeconds(5), 4,
            Duration.ofSeconds(1));
    private final String actor = System.getProperty("user.name", "supervisor");
    private volatile String changeWebhookUrl;
    private volatile io.floorwatch.config.DriftSettings driftSettings;
    private final io.floorwatch.drift.DriftWatch driftWatch;
    private MainWindow window;
    private FloorView floor;
    private QueuesView queuesView;
    private AlertsView alertsView;

    public Composition(AppPaths paths, Map<String, String> environment, SecretStore keychain, TaskExecutor tasks,
            boolean forceDemo, Supplier<EmulatorConfig> demoConfig) {
        this.settingsStore = new SettingsStore(paths.settingsFile());
        this.secrets = new Secrets(new EnvironmentSecretStore(environment), keychain);
        this.tasks = tasks;
        SettingsStore.Loaded loaded = settingsStore.load();
        this.settingsProblem = loaded.problem();
        this.initialSettings = forceDemo ? loaded.settings().withConnection(ConnectionSettings.demo())
                : loaded.settings();
        this.history = HistoryStore.open(paths.historyDatabase(),
                Duration.ofDays(initialSettings.history().retentionDays()), clock);
        this.queues = new QueueMetricFeed(history.writer(), initialSettings.feeds().weights(),
                QueueMetricFeed.targetsFrom(live));
        this.session = new Session(secrets, demoConfig, live, history.writer(), queues,
                ChannelPoolSettings.standard(), clock);
        this.alerts = new AlertMonitor(live, queues::latest, history.writer(), history.alerts(),
                initialSettings.alerts(), clock, ALERT_TICK);
        this.sound = new AlertSound(() -> alerts.settings().sound());
        this.webhook = WebhookNotifier.standard(() -> alerts.settings().webhookUrl());
        alerts.subscribe(sound);
        alerts.subscribe(webhook);
        this.changeWebhookUrl = initialSettings.notices().changeWebhookUrl();
        this.driftSettings = initialSettings.drift();
        this.driftWatch = new io.floorwatch.drift.DriftWatch(() -> driftSettings, this::driftService, clock);
        driftWatch.subscribe(new io.floorwatch.monitor.DriftAlerts(alerts));
    }

    /** The drift service on the open connection, or empty while there is none. */
    private Optional<io.floorwatch.drift.DriftService> driftService() {
        return Optional.ofNullable(session.gateway()).map(gateway -> new io.floorwatch.drift.DriftService(gateway,
                history.baselines(), history.writer(), actor, clock, io.floorwatch.genesys.GenesysGateway::connect));
    }

    private io.floorwatch.drift.IgnoreRules driftIgnoreRules() {
        io.floorwatch.config.DriftSettings current = driftSettings;
        return new io.floorwatch.drift.IgnoreRules(current.ignoreFields(), current.ignoreEntities());
    }

    /** A provisioner on the open connection, or empty while there is none. */
    private Optional<QueueProvisioner> provisioner() {
        return Optional.ofNullable(session.gateway()).map(gateway -> new QueueProvisioner(gateway, history.writer(),
                actor, clock, this::queueCreated));
    }

    /** Skill recommendations for the floor and the queues as they are now. */
    private List<io.floorwatch.tuning.Recommendation> recommendations(
            Map<String, List<io.floorwatch.domain.SkillAssignment>> held) {
        io.floorwatch.genesys.GenesysGateway gateway = session.gateway();
        if (gateway == null) {
            throw new IllegalStateException("not connected: recommendations need the org's skills");
        }
        Map<String, io.floorwatch.domain.Skill> skills = new java.util.HashMap<>();
        gateway.allSkills().forEach(s -> skills.put(s.id(), s));
        Map<String, String> names = new java.util.HashMap<>();
        live.queues().forEach((id, queue) -> names.put(id, queue.settings().name()));
        List<io.floorwatch.tuning.FloorAgent> floorAgents = live.all().stream().map(a ->
                new io.floorwatch.tuning.FloorAgent(a.agent(), a.activity(), a.since(), a.queues())).toList();
        return io.floorwatch.tuning.Recommender.standard().recommend(queues.latest(), names, floorAgents, skills,
                held, clock.instant());
    }

    private void queueCreated(QueueOutcome outcome) {
        changeNotices.post(changeWebhookUrl, QueueNotices.created(outcome, actor, clock.instant()),
                "queue " + outcome.name());
    }

    /** The app's defaults: the embedded demo's size. */
    public static Supplier<EmulatorConfig> demo() {
        return DemoSettings::emulator;
    }

    /** Builds the main window's content. Must run on the FX thread. */
    public MainWindow buildWindow(DialogService dialogs) {
        applyTheme(initialSettings.theme());
        SettingsViewModel settings = new SettingsViewModel(settingsStore, initialSettings, secrets,
                new ConnectionTester(Duration.ofSeconds(20)), Regions.all(), tasks, this::settingsSaved,
                this::driftSettingsSaved);
        ShellViewModel shell = new ShellViewModel(session::status, session::feedHealth, session::queueHealth,
                () -> history.writer().queueDepth(), this::alertProblem, clock);
        FloorViewModel floorModel = new FloorViewModel(live, history.states(), tasks, clock, zone);
        floor = new FloorView(floorModel, zone);
        queuesView = new QueuesView(new QueuesViewModel(queues::latest, live::queues, session::queueHealth,
                history.queues(), tasks, clock, queueName -> {
                    floorModel.clearFilters();
                    floorModel.queueProperty().set(queueName);
                    window.show("floor");
                }), zone);
        AlertsViewModel alertsModel = new AlertsViewModel(alerts, history.alerts(), tasks, dialogs, clock,
                actor, agentId -> {
                    floorModel.showAgent(agentId);
                    window.show("floor");
                });
        alertsView = new AlertsView(alertsModel, zone);
        io.floorwatch.ui.tuning.TuningView tuningView = new io.floorwatch.ui.tuning.TuningView(
                new io.floorwatch.ui.tuning.TuningViewModel(() -> Optional.ofNullable(session.gateway()).map(g ->
                        new io.floorwatch.tuning.TuningService(g, history.writer(), actor, clock,
                                outcome -> changeNotices.post(changeWebhookUrl, io.floorwatch.tuning.SkillNotices
                                        .applied(outcome, actor, clock.instant()), "skills of "
                                        + outcome.agent().agentName()))),
                        () -> live.all().stream().map(io.floorwatch.feed.LiveAgent::agent).toList(),
                        this::recommendations, tasks));
        ProvisioningView provisioningView = new ProvisioningView(new ProvisioningViewModel(this::provisioner, tasks,
                dialogs));
        io.floorwatch.ui.drift.DriftViewModel driftModel = new io.floorwatch.ui.drift.DriftViewModel(
                this::driftService, history.baselines()::list, tasks, dialogs, this::driftIgnoreRules,
                settings::watchBaseline, zone);
        driftWatch.subscribe(check -> javafx.application.Platform.runLater(() -> driftModel.checked(check)));
        HistoryView historyView = new HistoryView(new HistoryViewModel(history.states(), live, tasks, dialogs, clock,
                zone), zone);
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                new Screen("queues", "Queues", queuesView),
                new Screen("alerts", "Alerts", alertsView, alertsModel.raisedCountProperty()),
                new Screen("tuning", "Skill tuning", tuningView),
                new Screen("provisioning", "Provisioning", provisioningView),
                new Screen("drift", "Drift", new io.floorwatch.ui.drift.DriftView(driftModel)),
                new Screen("history", "History", historyView),
                new Screen("audit", "Audit", new io.floorwatch.ui.history.AuditView(
                        new io.floorwatch.ui.history.AuditViewModel(history.audit(), tasks, dialogs), zone)),
                new Screen("settings", "Settings", new SettingsView(settings))));
        alertsView.showToastsWith(new AlertToasts(alertsModel, Duration.ofSeconds(20), window,
                () -> window.show("alerts")));
        settingsProblem.ifPresent(problem -> dialogs.showError("Settings could not be read", problem));
        history.problem().ifPresent(problem -> dialogs.showError("History is not being saved", problem));
        return window;
    }

    /** Starts the connection in the background; the window is already usable. */
    public void start() {
        alerts.start();
        driftWatch.start(DRIFT_TICK);
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

    /** What keeps alerts from reaching people beyond the screen, for the status bar. */
    private String alertProblem() {
        String sounds = alerts.settings().sound() ? sound.problem() : "";
        String hook = alerts.settings().webhookUrl().isEmpty() ? "" : webhook.problem();
        String changes = changeWebhookUrl.isEmpty() ? "" : changeNotices.problem();
        return String.join(" · ", java.util.stream.Stream.of(sounds, hook, changes).filter(p -> !p.isEmpty())
                .toList());
    }

    private void settingsSaved(Settings saved) {
        applyTheme(saved.theme());
        alerts.reconfigure(saved.alerts());
        changeWebhookUrl = saved.notices().changeWebhookUrl();
        driftSettingsSaved(saved.drift());
        LOG.info("settings saved; connecting to {}", saved.connection().label());
        session.open(saved);
    }

    private void driftSettingsSaved(io.floorwatch.config.DriftSettings saved) {
        if (!saved.equals(driftSettings)) {
            driftSettings = saved;
            driftWatch.checkSoon();
        }
    }

    private static void applyTheme(Theme theme) {
        Application.setUserAgentStylesheet(theme == Theme.DARK ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    @Override
    public void close() {
        if (window != null) {
            window.dispose();
        }
        if (floor != null) {
            floor.dispose();
        }
        if (queuesView != null) {
            queuesView.dispose();
        }
        if (alertsView != null) {
            alertsView.dispose();
        }
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
        session.close();
        alerts.close(); // before history: it stores the alerts still open as cleared
        sound.close();
        webhook.close();
        changeNotices.close();
        tasks.close();
        history.close();
    }
}
