package io.floorwatch.app;

import io.floorwatch.config.QueuesLayout;
import io.floorwatch.config.WallboardLayout;
import io.floorwatch.domain.SkillAssignment;
import io.floorwatch.drift.DriftWatch;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.tuning.Recommendation;
import io.floorwatch.tuning.SkillPlan;
import io.floorwatch.ui.alerts.AlertToasts;
import io.floorwatch.ui.alerts.AlertsView;
import io.floorwatch.ui.alerts.AlertsViewModel;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.PendingViewPart;
import io.floorwatch.ui.common.Permits;
import io.floorwatch.ui.drift.DriftView;
import io.floorwatch.ui.drift.DriftViewModel;
import io.floorwatch.ui.floor.AgentActionsViewModel;
import io.floorwatch.ui.floor.FloorActions;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.floor.FloorViewPart;
import io.floorwatch.ui.history.AuditView;
import io.floorwatch.ui.history.AuditViewModel;
import io.floorwatch.ui.history.HistoryView;
import io.floorwatch.ui.history.RejectedView;
import io.floorwatch.ui.history.RejectedViewModel;
import io.floorwatch.ui.history.HistoryViewModel;
import io.floorwatch.ui.provisioning.ProvisioningView;
import io.floorwatch.ui.provisioning.ProvisioningViewModel;
import io.floorwatch.ui.queues.AdherencePane;
import io.floorwatch.ui.queues.AdherenceViewModel;
import io.floorwatch.ui.queues.OccupancyPane;
import io.floorwatch.ui.queues.OccupancyViewModel;
import io.floorwatch.ui.queues.QueueMembersPane;
import io.floorwatch.ui.queues.QueueMembersViewModel;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import io.floorwatch.ui.queues.QueuesViewPart;
import io.floorwatch.ui.settings.NoticeSettingsForm;
import io.floorwatch.ui.settings.SettingsView;
import io.floorwatch.ui.settings.SettingsViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import io.floorwatch.ui.tuning.TimeBoxSources;
import io.floorwatch.ui.tuning.TuningView;
import io.floorwatch.ui.tuning.TuningViewModel;
import io.floorwatch.ui.views.ViewsKeys;
import io.floorwatch.ui.views.ViewsMenu;
import io.floorwatch.ui.views.ViewsViewModel;
import io.floorwatch.ui.wallboard.WallboardSources;
import io.floorwatch.ui.wallboard.WallboardViewModel;
import io.floorwatch.ui.wallboard.WallboardWindow;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The UI graph: the screens' Views and ViewModels, built once on the FX thread over the app's services, and
 * what of them must be closed when the window goes away (the window's poll, the screens' timers, the alert
 * list's subscription and toasts, the drift screen's subscription to the watch). The screens reach the
 * connection's services through the session each time, so a re-opened connection is used at once.
 */
final class UiGraph implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UiGraph.class);
    /** Closed newest first by {@link #close}. */
    private final List<AutoCloseable> opened = new ArrayList<>();
    private MainWindow window;
    /** The wallboard opened from the window, if one was; closed with the window. */
    private WallboardWindow wallboard;
    /** The queues screen's part of the saved views: a view shown before the screen is built waits for it. */
    private final PendingViewPart<QueuesLayout> queuesViewPart = new PendingViewPart<>();

    /** Builds the main window's content. Must run on the FX thread. */
    MainWindow build(Composition app, DialogService dialogs) {
        Session session = app.session();
        SettingsViewModel settings = new SettingsViewModel(app.settingsStore(), app.initialSettings(), app.secrets(),
                new ConnectionTester(Duration.ofSeconds(20)), Regions.all(), app.tasks(), app::settingsSaved,
                app::driftSettingsSaved, app.signInActions(), new NoticeSettingsForm.Sources(app.noticeSecret(),
                        app.changeNotices()::recent), app.live()::queues);
        ShellViewModel shell = new ShellViewModel(session::status, session::feedHealth, session::queueHealth,
                () -> app.history().writer().queueDepth(), app::alertProblem, () -> session.connection().signedIn(),
                app.clock());
        shell.offerSignIn(session::signInNeeded, () -> {
            URI address = app.signInAddress().get();
            return address == null || session.connection().isOpen() ? "" : address.toString();
        }, () -> app.signInActions().signIn(settings.savedSettings()), session::signInProblem);
        Permits permits = new Permits();
        permits.personProperty().bind(shell.signedInProperty());
        // The interaction thresholds are the saved settings' own: a save shows on the floor at the next tick.
        FloorViewModel floorModel = new FloorViewModel(app.live(), app.history().states(), app.tasks(), app.clock(),
                app.zone(), () -> app.alerts().settings().rules(), app.alerts()::active,
                () -> settings.savedSettings().interactions());
        FloorView floor = closing(new FloorView(floorModel, app.zone()), FloorView::dispose);
        AgentActionsViewModel agentActions = new AgentActionsViewModel(() -> session.services()
                .map(Services::agents), app.tasks(), floorModel::markPending);
        agentActions.reasonAboveProperty().bind(Bindings.createIntegerBinding(
                () -> settings.savedProperty().get().actions().reasonAbove(), settings.savedProperty()));
        FloorActions floorActions = new FloorActions(agentActions, () -> queueIdsByName(app), permits);
        floor.offerActions(floorActions);
        AlertsViewModel alertsModel = new AlertsViewModel(app.alerts(), app.history().alerts(), app.tasks(), dialogs,
                app.clock(), app.actor(), agentId -> {
                    floorModel.showAgent(agentId);
                    window.show("floor");
                });
        alertsModel.offerAgentActions(floorActions::setOnBreak, floorActions::logOut);
        DriftViewModel driftModel = new DriftViewModel(() -> session.services().map(Services::drift),
                app.history().baselines()::list, app.tasks(), dialogs, app::driftIgnoreRules, settings::watchBaseline,
                app.zone());
        DriftWatch watch = app.driftWatch();
        opened.add(watch.subscribe(check -> Platform.runLater(() -> driftModel.checked(check))));
        AlertToasts toasts = closing(new AlertToasts(alertsModel, Duration.ofSeconds(20), () -> window.show("alerts")),
                AlertToasts::close);
        // Only the floor is built now: the other screens are built when first shown, so the first live frame
        // waits for none of them (building them all took most of a second of a cold start).
        window = closing(new MainWindow(shell, List.of(new Screen("floor", "Floor", floor),
                Screen.built("queues", "Queues", () -> queuesView(app, session, floorModel, agentActions, permits,
                        dialogs)),
                // The badge counts from the alert list's own pull, which runs whether or not the screen shows.
                new Screen("alerts", "Alerts", alertsView(alertsModel, toasts, app), alertsModel.raisedCountProperty()),
                Screen.built("tuning", "Skill tuning", () -> tuningView(app, session, permits, dialogs)),
                Screen.built("provisioning", "Provisioning", () -> new ProvisioningView(new ProvisioningViewModel(
                        () -> session.services().map(Services::provisioner),
                        () -> session.services().map(Services::editor), app.tasks(), dialogs), permits)),
                Screen.built("drift", "Drift", () -> new DriftView(driftModel, permits)),
                Screen.built("history", "History", () -> historyScreen(app, dialogs)),
                Screen.built("audit", "Audit", () -> new AuditView(new AuditViewModel(app.history().audit(),
                        app.tasks(), dialogs), app.zone())),
                Screen.built("settings", "Settings", () -> new SettingsView(settings)))), MainWindow::dispose);
        window.showToastsIn(toasts);
        window.shortcuts().add("Floor", KeyCombination.keyCombination("Shortcut+F"), "Search the floor", () -> {
            window.show("floor");
            floor.focusSearch();
        });
        savedViews(settings, floorModel, app, dialogs);
        window.addLauncher("wallboard", "Open wallboard", KeyCombination.keyCombination("Shortcut+Shift+W"),
                () -> openWallboard(app, session, settings));
        return window;
    }

    /**
     * Opens the wallboard full screen on the last monitor (a TV is usually the one added last), or brings the open
     * one to the front. It reads the same live state as the window, and closes with it.
     */
    private void openWallboard(Composition app, Session session, SettingsViewModel settings) {
        if (wallboard != null && wallboard.stage().isShowing()) {
            wallboard.stage().toFront();
            return;
        }
        WallboardViewModel model = new WallboardViewModel(new WallboardSources(app.live()::all, app.live()::queues,
                app.queues()::latest, app.alerts()::active, () -> settings.savedSettings().queueThresholds(),
                () -> settings.savedSettings().interactions(), app.live()::staleSince,
                () -> WallboardSources.problemOf(session.feedHealth(), session.queueHealth())),
                WallboardLayout.defaults(), app.clock(), app.zone());
        if (wallboard == null) {
            opened.add(() -> wallboard.close());
        }
        wallboard = new WallboardWindow(model, new Stage(), false);
        wallboard.show(WallboardWindow.screen(0));
    }

    /** The Views menu under the screens' buttons and its keys; the view last used is shown again. */
    private void savedViews(SettingsViewModel settings, FloorViewModel floorModel, Composition app,
            DialogService dialogs) {
        ViewsViewModel views = new ViewsViewModel(settings.savedSettings().views(), new FloorViewPart(floorModel),
                queuesViewPart, settings::saveViews, app.tasks(), dialogs);
        ViewsMenu menu = new ViewsMenu(views);
        window.addToNavigation(menu);
        ViewsKeys.addTo(window.shortcuts(), views, menu);
        views.restoreLast();
    }

    /** State events, and beside them the messages the feeds could not use (the status bar counts them). */
    private static TabPane historyScreen(Composition app, DialogService dialogs) {
        Tab states = new Tab("State events", new HistoryView(new HistoryViewModel(app.history().states(), app.live(),
                app.tasks(), dialogs, app.clock(), app.zone()), app.zone()));
        states.setId("historyStatesTab");
        Tab rejected = new Tab("Rejected messages", new RejectedView(new RejectedViewModel(app.history().rejected(),
                app.tasks(), dialogs), app.zone()));
        rejected.setId("historyRejectedTab");
        TabPane tabs = new TabPane(states, rejected);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private QueuesView queuesView(Composition app, Session session, FloorViewModel floorModel,
            AgentActionsViewModel agentActions, Permits permits, DialogService dialogs) {
        QueuesViewModel queuesModel = new QueuesViewModel(app.queues()::latest, app.live()::queues,
                session::queueHealth, app::queueThresholds, app.history().queues(), app.tasks(), app.clock(),
                queueName -> {
                    floorModel.clearFilters();
                    floorModel.queueProperty().set(queueName);
                    window.show("floor");
                });
        QueuesView queues = closing(new QueuesView(queuesModel, app.zone()), QueuesView::dispose);
        queuesViewPart.attach(new QueuesViewPart(queuesModel));
        QueueMembersViewModel members = new QueueMembersViewModel(() -> session.services().map(Services::agents),
                app.tasks(), agentActions::preview);
        // A finished batch changed who is joined: read the members again.
        agentActions.stageProperty().addListener((o, was, now) -> {
            if (now == AgentActionsViewModel.Stage.DONE) {
                members.reload();
            }
        });
        queues.offerMembers(new QueueMembersPane(members, permits));
        queues.offerOccupancy(new OccupancyPane(new OccupancyViewModel(app.history().occupancy(), app.live()::queues,
                app.live()::all, app.tasks(), dialogs, app.clock(), app.zone())));
        queues.offerAdherence(new AdherencePane(new AdherenceViewModel(app.history().adherence(), app.live()::all,
                app.live().adherence(), session::adherenceProblem, app.tasks(), dialogs, app.clock(),
                app.zone())));
        return queues;
    }

    /**
     * The tuning screen, its time-boxes on the app's history and runner: read again on the FX thread whenever the
     * runner carried out a step (it tells on its own thread), until the window goes away.
     */
    private TuningView tuningView(Composition app, Session session, Permits permits, DialogService dialogs) {
        TuningViewModel model = new TuningViewModel(() -> session.services().map(Services::tuning),
                () -> app.live().all().stream().map(LiveAgent::agent).toList(),
                agentId -> app.live().get(agentId).map(LiveAgent::queues).orElse(List.of()),
                held -> recommendations(session, held), app.tasks(),
                new TimeBoxSources(app.timeBoxes(), () -> session.services().map(Services::timeBoxes),
                        () -> session.services().map(Services::actor), app::wakeTimeBoxes,
                        plan -> session.services().map(Services::projections).orElseThrow(() ->
                                new IllegalStateException("not connected")).project(plan),
                        dialogs, app.clock(), app.zone()));
        TuningView view = closing(new TuningView(model, permits), TuningView::dispose);
        AtomicBoolean windowOpen = new AtomicBoolean(true);
        opened.add(() -> windowOpen.set(false));
        app.onTimeBoxesChanged(() -> Platform.runLater(() -> {
            if (windowOpen.get()) {
                model.timeBoxes().refresh();
            }
        }));
        return view;
    }

    private AlertsView alertsView(AlertsViewModel model, AlertToasts toasts, Composition app) {
        AlertsView alerts = closing(new AlertsView(model, app.zone()), AlertsView::dispose);
        alerts.showToastsWith(toasts);
        return alerts;
    }

    /** The org's queues by name, as the floor's queue choices name them. */
    private static Map<String, String> queueIdsByName(Composition app) {
        Map<String, String> ids = new HashMap<>();
        app.live().queues().forEach((id, queue) -> ids.putIfAbsent(queue.settings().name(), id));
        return ids;
    }

    /** Recommendations on the open connection's service; the tuning screen runs this off the FX thread. */
    private static List<Recommendation> recommendations(Session session,
            Map<String, List<SkillAssignment>> held) {
        Optional<Services> services = session.services();
        return services.orElseThrow(() -> new IllegalStateException(
                "not connected: recommendations need the org's skills")).recommendations().recommend(held);
    }

    private <T> T closing(T part, Consumer<T> close) {
        opened.add(() -> close.accept(part));
        return part;
    }

    /** Closes everything it opened, newest first (the window before the screens in it). */
    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                LOG.warn("closing a screen failed: {}", e.getMessage(), e);
            }
        }
        opened.clear();
    }
}
