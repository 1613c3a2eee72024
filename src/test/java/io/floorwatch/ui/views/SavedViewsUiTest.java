package io.floorwatch.ui.views;

import io.floorwatch.config.EnvironmentSecretStore;
import io.floorwatch.config.SavedView;
import io.floorwatch.config.Secrets;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.config.TableLayout;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScoreWeights;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.feed.LiveState;
import io.floorwatch.feed.QueueMetricFeed;
import io.floorwatch.genesys.ConnectionTester;
import io.floorwatch.genesys.Regions;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.ui.common.FxTaskExecutor;
import io.floorwatch.ui.common.PendingViewPart;
import io.floorwatch.ui.floor.FloorRow;
import io.floorwatch.ui.floor.FloorView;
import io.floorwatch.ui.floor.FloorViewModel;
import io.floorwatch.ui.floor.FloorViewPart;
import io.floorwatch.ui.queues.QueuesView;
import io.floorwatch.ui.queues.QueuesViewModel;
import io.floorwatch.ui.queues.QueuesViewPart;
import io.floorwatch.ui.settings.SettingsViewModel;
import io.floorwatch.ui.shell.MainWindow;
import io.floorwatch.ui.shell.Screen;
import io.floorwatch.ui.shell.ShellViewModel;
import io.floorwatch.config.QueuesLayout;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved views, headless, in a window built as the app builds it (floor, queues, the Views menu under the screens'
 * buttons, its keys in the window's shortcuts) over settings in a real file: a view saved with filters, a hidden
 * column and a sort comes back when switched to, after a restart, and through a file exported and imported into
 * fresh settings; a file that does not fit is refused with the reason and changes nothing.
 */
@ExtendWith(ApplicationExtension.class)
class SavedViewsUiTest {
    private static final String[] TEAMS = {"Team Alpha", "Team Beta", "Team Gamma"};

    private final LiveState live = new LiveState();
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final Instant now = Instant.now();
    private Path home;
    private HistoryStore history;
    private QueueMetricFeed feed;
    private Stage stage;
    private SettingsStore settingsStore;
    /** The window built last, and its parts. */
    private MainWindow window;
    private FloorView floor;
    private QueuesView queues;
    private FloorViewModel floorModel;
    private QueuesViewModel queuesModel;
    private ViewsViewModel views;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        home = Files.createTempDirectory("floorwatch-views-ui");
        history = HistoryStore.openOrFail(home.resolve("history"), Duration.ofDays(90), Clock.systemUTC());
        List<AgentSnapshot> seed = new ArrayList<>();
        Map<String, List<String>> membership = new HashMap<>();
        for (int i = 0; i < 30; i++) {
            String id = String.format("agent-%02d", i);
            seed.add(new AgentSnapshot(new Agent(id, "Agent " + i, id + "@example.com", TEAMS[i % 3]),
                    new AgentState(id, i % 4 == 0 ? SystemPresence.BREAK : SystemPresence.ON_QUEUE, null,
                            now.minusSeconds(40L * i), i % 4 == 0 ? RoutingStatus.OFF_QUEUE : RoutingStatus.IDLE,
                            now.minusSeconds(40L * i)), List.of("English")));
            membership.put(id, List.of(i < 10 ? "Billing" : "Sales"));
        }
        live.reset(seed);
        live.setQueues(membership);
        feed = new QueueMetricFeed(history.writer(), ScoreWeights.defaults(), QueueMetricFeed.targetsFrom(live));
        settingsStore = new SettingsStore(home.resolve("config/settings.json"));
        build(Settings.defaults());
        stage.show();
    }

    /** Builds the window over these settings, as the app's UI graph does, and shows the view last used. */
    private void build(Settings settings) {
        ZoneId zone = ZoneId.systemDefault();
        SettingsViewModel settingsModel = new SettingsViewModel(settingsStore, settings, new Secrets(
                new EnvironmentSecretStore(Map.of()), new InMemoryKeychain()), new ConnectionTester(
                Duration.ofSeconds(1)), Regions.all(), tasks, saved -> { });
        floorModel = new FloorViewModel(live, history.states(), tasks, Clock.systemUTC(), zone);
        floor = new FloorView(floorModel, zone);
        queuesModel = new QueuesViewModel(feed::latest, live::queues, QueueFeedHealth::idle, history.queues(), tasks,
                Clock.systemUTC(), name -> { });
        PendingViewPart<QueuesLayout> queuesPart = new PendingViewPart<>();
        ShellViewModel shell = new ShellViewModel(() -> ConnectionStatus.connecting("test"),
                () -> FeedHealth.idle("test"), QueueFeedHealth::idle, () -> 0, Clock.systemUTC());
        // The queues screen is built when first shown, as in the app: a view switched to before waits for it.
        window = new MainWindow(shell, List.of(new Screen("floor", "Floor", floor), Screen.built("queues", "Queues",
                () -> {
                    queues = new QueuesView(queuesModel, zone);
                    queuesPart.attach(new QueuesViewPart(queuesModel));
                    return queues;
                })));
        views = new ViewsViewModel(settingsModel.savedSettings().views(), new FloorViewPart(floorModel), queuesPart,
                settingsModel::saveViews, tasks, dialogs);
        ViewsMenu menu = new ViewsMenu(views);
        window.addToNavigation(menu);
        ViewsKeys.addTo(window.shortcuts(), views, menu);
        views.restoreLast();
        stage.setScene(new Scene(window, 1240, 760));
        stage.sizeToScene();
    }

    /** Closes the window and builds it again from the settings file, as the next start would. */
    private void restart(FxRobot robot, SettingsStore from) {
        robot.interact(() -> {
            dispose();
            build(from.load().settings());
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void dispose() {
        window.dispose();
        floor.dispose();
        if (queues != null) {
            queues.dispose();
            queues = null;
        }
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(this::dispose);
        tasks.close();
        history.close();
    }

    private static <T> T onFx(FxRobot robot, Callable<T> read) {
        List<T> found = new ArrayList<>();
        robot.interact(() -> {
            try {
                found.add(read.call());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private TableView<FloorRow> floorTable(FxRobot robot) {
        return onFx(robot, () -> (TableView<FloorRow>) floor.lookup("#floorTable"));
    }

    private TableColumn<FloorRow, ?> column(FxRobot robot, String id) {
        return onFx(robot, () -> floorTable(robot).getColumns().stream().filter(c -> id.equals(c.getId()))
                .findFirst().orElseThrow());
    }

    private static void waitUntil(String what, Supplier<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition::get);
        } catch (TimeoutException e) {
            throw new AssertionError("waited 5 s for " + what, e);
        }
    }

    private static void keys(FxRobot robot, KeyCode... keys) {
        robot.press(keys).release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The floor narrowed to Team Beta on break, the Now column hidden (as its column menu hides it) and sorted by
     * time in state, longest last; then saved as "Beta breaks" with Ctrl+Shift+S, and kept in the settings file.
     */
    private void saveBetaBreaks(FxRobot robot) {
        robot.interact(() -> {
            floorModel.teamProperty().set("Team Beta");
            floorModel.textProperty().set("agent");
            column(robot, "nowColumn").setVisible(false);
            TableColumn<FloorRow, ?> since = column(robot, "sinceColumn");
            since.setSortType(TableColumn.SortType.DESCENDING);
            floorTable(robot).getSortOrder().setAll(List.of(since));
        });
        dialogs.texts.add("Beta breaks");
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        assertThat(dialogs.asked).anySatisfy(q -> assertThat(q).startsWith("Save view as"));
        waitUntil("the view in the settings file", () -> settingsStore.load().settings().views().find("Beta breaks")
                .isPresent());
    }

    /** The floor shows what "Beta breaks" saved. */
    private void showsBetaBreaks(FxRobot robot) {
        waitUntil("the Now column hidden", () -> !onFx(robot, () -> column(robot, "nowColumn").isVisible()));
        assertThat(onFx(robot, () -> floorModel.teamProperty().get())).isEqualTo("Team Beta");
        assertThat(onFx(robot, () -> floorModel.textProperty().get())).isEqualTo("agent");
        List<String> sortedBy = onFx(robot, () -> floorTable(robot).getSortOrder().stream()
                .map(c -> c.getId() + " " + c.getSortType()).toList());
        assertThat(sortedBy).containsExactly("sinceColumn DESCENDING");
        List<FloorRow> rows = onFx(robot, () -> List.copyOf(floorTable(robot).getItems()));
        assertThat(rows).hasSize(10).allSatisfy(r -> assertThat(r.team()).isEqualTo("Team Beta"));
        // Descending by when the state began: the latest start (the shortest in state) first.
        assertThat(rows.get(0).since()).isAfter(rows.get(rows.size() - 1).since());
        assertThat(onFx(robot, () -> window.lookup("#viewsMenu") instanceof MenuButton m ? m.getText() : ""))
                .isEqualTo("View: Beta breaks");
    }

    @Test
    void aSavedViewComesBackWhenSwitchedTo(FxRobot robot) {
        saveBetaBreaks(robot);
        assertThat(onFx(robot, () -> ((Label) window.lookup("#viewsMessage")).getText()))
                .isEqualTo("Saved the view \"Beta breaks\" (Alt+1).");

        robot.interact(() -> {
            floorModel.clearFilters();
            column(robot, "nowColumn").setVisible(true);
            floorTable(robot).getSortOrder().setAll(List.of(column(robot, "nameColumn")));
        });
        assertThat(onFx(robot, () -> floorTable(robot).getItems().size())).isEqualTo(30);
        assertThat(onFx(robot, () -> column(robot, "nowColumn").isVisible())).isTrue();

        keys(robot, KeyCode.ALT, KeyCode.DIGIT1);

        showsBetaBreaks(robot);
        assertThat(onFx(robot, () -> ((Label) window.lookup("#viewsMessage")).getText()))
                .isEqualTo("Showing the view \"Beta breaks\".");
    }

    @Test
    void theLastViewComesBackAfterARestart(FxRobot robot) {
        robot.interact(() -> queuesModel.attentionOnlyProperty().set(false));
        saveBetaBreaks(robot);
        robot.interact(() -> {
            floorModel.clearFilters();
            column(robot, "nowColumn").setVisible(true);
        });

        restart(robot, settingsStore);

        showsBetaBreaks(robot);
        assertThat(onFx(robot, () -> views.names())).containsExactly("Beta breaks");
    }

    @Test
    void aViewSwitchedToBeforeTheQueuesScreenIsBuiltShowsThere(FxRobot robot) {
        robot.clickOn("#nav-queues");
        robot.interact(() -> {
            queuesModel.textProperty().set("bill");
            queuesModel.attentionOnlyProperty().set(true);
        });
        saveBetaBreaks(robot);
        SavedView saved = settingsStore.load().settings().views().find("Beta breaks").orElseThrow();
        assertThat(saved.queues().text()).isEqualTo("bill");
        assertThat(saved.queues().table().columns()).extracting(TableLayout.Column::id).startsWith(
                "queueNameColumn", "waitingColumn");

        restart(robot, settingsStore);
        assertThat(queues).as("not built before it is shown").isNull();
        robot.clickOn("#nav-queues");
        waitUntil("the queues' filters", () -> onFx(robot, () -> queuesModel.attentionOnlyProperty().get()));
        assertThat(onFx(robot, () -> queuesModel.textProperty().get())).isEqualTo("bill");
    }

    @Test
    void anExportedViewImportedIntoFreshSettingsIsTheSame(FxRobot robot) throws IOException {
        saveBetaBreaks(robot);
        SavedView saved = settingsStore.load().settings().views().find("Beta breaks").orElseThrow();
        Path file = home.resolve("beta-breaks.json");
        dialogs.saveAs = file.toFile();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        robot.clickOn("Export this view…");
        waitUntil("the file written", () -> Files.exists(file) && onFx(robot, () -> views.messageProperty().get())
                .startsWith("Exported"));
        assertThat(Files.readString(file)).contains("\"floorwatchViews\" : 1", "\"name\" : \"Beta breaks\"");

        settingsStore = new SettingsStore(home.resolve("colleague/settings.json"));
        restart(robot, settingsStore);
        assertThat(onFx(robot, () -> views.names())).isEmpty();
        dialogs.open = file.toFile();
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
        robot.clickOn("Import views…");
        waitUntil("the view imported", () -> onFx(robot, () -> views.names()).contains("Beta breaks"));

        assertThat(onFx(robot, () -> views.saved().views())).containsExactly(saved);
        waitUntil("the colleague's settings file", () -> settingsStore.load().settings().views().views()
                .equals(List.of(saved)));
        keys(robot, KeyCode.ALT, KeyCode.DIGIT1);
        showsBetaBreaks(robot);
    }

    @Test
    void aFileThatDoesNotFitIsRefusedWithTheReasonAndChangesNothing(FxRobot robot) throws IOException {
        saveBetaBreaks(robot);
        String settingsBefore = Files.readString(settingsStore.file());
        // Not JSON (it says where), another application's JSON, and a file from a newer Floorwatch.
        Map<String, String> files = new LinkedHashMap<>();
        files.put("not JSON (", "{\"floorwatchViews\": 1,\n  \"views\": [ {\"name\": \"Broken\" ]\n}");
        files.put("not a Floorwatch views file", "{\"dashboards\": [{\"name\": \"Beta breaks\"}]}");
        files.put("made by a newer Floorwatch (views file version 9",
                "{\"floorwatchViews\": 9, \"views\": [{\"name\": \"Beta breaks\"}]}");
        for (Map.Entry<String, String> bad : files.entrySet()) {
            Path file = home.resolve("bad.json");
            Files.writeString(file, bad.getValue());
            dialogs.open = file.toFile();
            dialogs.shown.clear();
            keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V);
            robot.clickOn("Import views…");
            waitUntil("the refusal of a file " + bad.getKey(), () -> !dialogs.shown.isEmpty());

            String message = onFx(robot, () -> ((Label) window.lookup("#viewsMessage")).getText());
            assertThat(message).startsWith("Not imported: bad.json: " + bad.getKey())
                    .endsWith("Your saved views are unchanged.");
            if (bad.getKey().startsWith("not JSON")) {
                assertThat(message).contains("at line 2");
            }
            assertThat(dialogs.shown).singleElement().asString().startsWith("Views not imported: bad.json: "
                    + bad.getKey());
            assertThat(onFx(robot, () -> views.names())).containsExactly("Beta breaks");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(settingsStore.file())).isEqualTo(settingsBefore);
    }
}
