package io.floorwatch.app;

import io.floorwatch.cli.CliContext;
import io.floorwatch.cli.FloorwatchCommand;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.config.AppPaths;
import io.floorwatch.emulator.EmulatorConfig;
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

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> board().map(view -> !view.lookupAll(".wb-card")
                .isEmpty() && !view.lookupAll(".wb-tile").isEmpty()).orElse(false));
        WallboardView view = board().orElseThrow();
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
