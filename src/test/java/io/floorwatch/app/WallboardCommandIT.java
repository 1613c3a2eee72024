package io.floorwatch.app;

import io.floorwatch.cli.CliContext;
import io.floorwatch.cli.FloorwatchCommand;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.Emulator;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.feed.Collector;
import io.floorwatch.feed.LiveState;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.Credentials;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryStore;
import io.floorwatch.kafka.EmbeddedBroker;
import io.floorwatch.kafka.RecordPublisher;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.NoKeychain;
import io.floorwatch.ui.wallboard.WallboardView;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code floorwatch wallboard} as a TV's machine runs it, headless: on the demo with a layout file, the board opens
 * full screen with the demo's queues and agents, and Ctrl-C (the stop signal) closes it and ends the command; a
 * layout that does not fit and a monitor that is not there are refused with the reason, exit 2.
 */
class WallboardCommandIT {
    @TempDir
    Path home;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final StopSignal stop = new StopSignal();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private CommandLine commandLine() {
        AppPaths paths = new AppPaths(home.resolve("config"), home.resolve("data"));
        Supplier<EmulatorConfig> demo = () -> EmulatorConfig.defaults().withFloor(new SimSettings(60, 3, 6, 2,
                20.0));
        CliContext context = new CliContext(paths, null, null, null, null,
                request -> WallboardKiosk.run(request, paths, Map.of(), new NoKeychain(), demo, stop));
        CommandLine cmd = FloorwatchCommand.commandLine(forceDemo -> { }, stop, context);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd;
    }

    @Test
    void opensTheBoardOnTheDemoWithItsLayoutAndClosesOnStop() throws Exception {
        Path layout = Files.writeString(home.resolve("board.json"), "{\"floorwatchWallboard\": 1, "
                + "\"title\": \"Demo floor\", \"groupBy\": \"team\", \"pageSeconds\": 10}");
        CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> commandLine().execute("wallboard",
                "--demo", "--db", home.resolve("board").toString(), "--screen", "1", "--layout", layout.toString()));

        WallboardView view;
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> board().map(shown -> !shown.lookupAll(".wb-card")
                    .isEmpty() && !shown.lookupAll(".wb-tile").isEmpty()).orElse(false));
            view = board().orElseThrow();
        } catch (Exception | AssertionError e) {
            stop.release();
            throw e;
        }
        Stage stage = (Stage) view.getScene().getWindow();
        assertThat(stage.isFullScreen()).isTrue();
        assertThat(((Label) view.lookup("#wallboardTitle")).getText()).isEqualTo("Demo floor");
        assertThat(view.lookupAll(".wb-group-heading")).extracting(n -> ((Label) n).getText())
                .anyMatch(text -> text.startsWith("Team "));
        assertThat(out.toString()).contains("connection: the built-in demo (--demo)",
                "wallboard open on screen 1, reading ");

        stop.release();
        assertThat(run.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(board()).isEmpty();
    }

    @Test
    void readsTheFloorFromACollectorsTopicsAloneWithNoOrgOnTheMachine() throws Exception {
        EmulatorConfig config = EmulatorConfig.defaults().withFloor(new SimSettings(24, 3, 6, 4, 10.0));
        try (Emulator emulator = new Emulator(config).start();
                EmbeddedBroker broker = EmbeddedBroker.start();
                RecordPublisher publisher = new RecordPublisher(broker.bootstrapServers(), "collector");
                RecordPublisher pipeline = new RecordPublisher(broker.bootstrapServers(), "pipeline");
                GenesysGateway gateway = GenesysGateway.connect(new Credentials(emulator.baseUrl(), "demo", "demo"));
                HistoryStore collectorHistory = HistoryStore.openOrFail(home.resolve("collector"),
                        Duration.ofDays(9), Clock.systemUTC())) {
            broker.createTopic("agents", 3);
            broker.createTopic("metrics", 3);
            emulator.publishQueueMetrics(pipeline, "metrics");
            try (Collector collector = new Collector(gateway, new LiveState(), collectorHistory.writer(),
                    ChannelPoolSettings.standard(), publisher, "agents", null, "agents.roster", Clock.systemUTC(),
                    Duration.ofSeconds(1))) {
                collector.start();
                CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> commandLine().execute(
                        "wallboard", "--kafka", broker.bootstrapServers(), "--agent-topic", "agents",
                        "--metrics-topic", "metrics", "--screen", "1", "--db", home.resolve("wall").toString()));
                try {
                    followsTheCollector(emulator, broker);
                } finally {
                    stop.release();
                }
                assertThat(run.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
            }
        }
    }

    /** The board shows the collector's floor: its queues as tiles, its agents by name, read from the roster. */
    private void followsTheCollector(Emulator emulator, EmbeddedBroker broker) throws Exception {
        List<String> queueNames = emulator.org().queues().stream().map(EmQueue::name).toList();
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            Optional<WallboardView> shown = board();
            // Most of the floor (an agent off line has no card), and every queue.
            return shown.isPresent() && WaitForAsyncUtils.asyncFx(() -> onLine(shown.get()) >= 18
                    && shown.get().lookupAll(".wb-tile").size() == queueNames.size()).get();
        });
        WallboardView view = board().orElseThrow();
        List<String> tileNames = WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".wb-tile-name").stream()
                .map(n -> ((Label) n).getText()).toList()).get();
        assertThat(tileNames).containsExactlyInAnyOrderElementsOf(queueNames);
        List<String> cardNames = WaitForAsyncUtils.asyncFx(() -> view.lookupAll(".wb-card-name").stream()
                .filter(javafx.scene.Node::isVisible).map(n -> ((Label) n).getText()).toList()).get();
        assertThat(cardNames).isNotEmpty().allMatch(name -> emulator.org().users().stream()
                .anyMatch(user -> user.name().equals(name)), "an emulator agent's name, from the roster");
        assertThat(out.toString()).contains("floor: Kafka " + broker.bootstrapServers()
                + " topics agents, agents.roster and metrics (no Genesys connection)",
                "wallboard open on screen 1, reading Kafka " + broker.bootstrapServers())
                .doesNotContain("connection:");
    }

    /** How many agents on line the board counts in its header ("Idle 3   Interacting 10 ..."), on every page. */
    private static int onLine(WallboardView view) {
        String counts = ((Label) view.lookup("#wallboardCounts")).getText();
        int count = 0;
        for (String part : counts.split("   ")) {
            if (!part.isBlank()) {
                count += Integer.parseInt(part.substring(part.lastIndexOf(' ') + 1).replace(",", ""));
            }
        }
        return count;
    }

    @Test
    void aKafkaBoardRefusesAnOrgsOptionsBesideIt() {
        int code = commandLine().execute("wallboard", "--kafka", "127.0.0.1:9092", "--demo");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--kafka reads a collector's topics and needs no org: leave out --env, "
                + "--client-id and --demo");
    }

    @Test
    void aLayoutThatDoesNotFitIsRefusedWithTheReasonBeforeAnythingConnects() throws Exception {
        Path layout = Files.writeString(home.resolve("board.json"), "{\"floorwatchWallboard\": 1, "
                + "\"groupBy\": \"queue\"}");
        int code = commandLine().execute("wallboard", "--demo", "--layout", layout.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("The wallboard layout " + layout + " does not fit: \"groupBy\" must be "
                + "state or team, not \"queue\"");
        assertThat(out.toString()).doesNotContain("connection:");
    }

    @Test
    void aMonitorThatIsNotThereIsRefusedNamingTheOnesThereAre() throws Exception {
        int code = commandLine().execute("wallboard", "--demo", "--db", home.resolve("board").toString(),
                "--screen", "7");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("there is no screen 7; this machine has 1 (1: ");
        assertThat(board()).isEmpty();
    }

    private static Optional<WallboardView> board() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                List<Window> windows = List.copyOf(Window.getWindows());
                for (Window window : windows) {
                    if (window.isShowing() && window.getScene() != null
                            && window.getScene().getRoot() instanceof WallboardView view) {
                        return Optional.of(view);
                    }
                }
                return Optional.<WallboardView>empty();
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
