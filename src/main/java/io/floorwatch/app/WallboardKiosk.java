package io.floorwatch.app;

import atlantafx.base.theme.PrimerDark;
import io.floorwatch.cli.StopSignal;
import io.floorwatch.cli.WallboardRequest;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.FeedSettings;
import io.floorwatch.config.SecretStore;
import io.floorwatch.config.Settings;
import io.floorwatch.config.SettingsStore;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.ui.wallboard.WallboardSources;
import io.floorwatch.ui.wallboard.WallboardViewModel;
import io.floorwatch.ui.wallboard.WallboardWindow;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * {@code floorwatch wallboard}: the floor under the board (an org's headless session as {@code record} runs, or a
 * collector's Kafka topics alone), then the board's own window full screen, until it closes. The board only shows:
 * its alerts reach no webhook and no speaker (the supervisors' desktops and the collector post them), and the
 * settings it judges by (queue thresholds, interaction thresholds, alert rules) are the saved ones as they were when
 * it opened.
 */
final class WallboardKiosk {
    private static final Logger LOG = LoggerFactory.getLogger(WallboardKiosk.class);

    private WallboardKiosk() {
    }

    /**
     * The floor a board reads, and what closes it.
     *
     * @param target what it reads, for the command's output
     */
    record Floor(WallboardSources sources, String target, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    /** Opens the board and blocks until it closes; a monitor that is not there is refused before it opens. */
    static void run(WallboardRequest request, AppPaths paths, Map<String, String> environment, SecretStore keychain,
            Supplier<EmulatorConfig> demoConfig, StopSignal stop) throws Exception {
        Settings saved = new SettingsStore(paths.settingsFile()).load().settings();
        try (Floor floor = request.kafka().isPresent()
                ? kafkaFloor(request.kafka().get(), request.db() == null ? paths.wallboardDatabase()
                        : request.db(), saved)
                : orgFloor(request, paths, environment, keychain, demoConfig, saved)) {
            show(request, floor, stop);
        }
    }

    /**
     * The floor from a collector's topics alone. A group of its own by default (the window's, one per user and
     * machine, plus "-wallboard"): sharing the window's group on the same PC would split the topic's partitions
     * between them, each seeing half the floor.
     */
    private static Floor kafkaFloor(WallboardRequest.KafkaSource source, Path db, Settings saved) {
        String group = source.group().isBlank() ? GroupIds.of(FeedSettings.defaults()) + "-wallboard"
                : source.group();
        KafkaFloorRuntime runtime = KafkaFloorRuntime.start(source.bootstrap(), source.agentTopic(),
                source.rosterTopic(), source.metricsTopic(), group, db, saved);
        WallboardSources sources = new WallboardSources(runtime.live()::all, runtime.live()::queues,
                runtime.queueSamples(), runtime.alerts()::active, saved::queueThresholds, saved::interactions,
                runtime.live()::staleSince, () -> WallboardSources.problemOf(runtime.agentHealth(),
                        runtime.queueHealth()));
        return new Floor(sources, "Kafka " + source.bootstrap(), runtime::close);
    }

    private static Floor orgFloor(WallboardRequest request, AppPaths paths, Map<String, String> environment,
            SecretStore keychain, Supplier<EmulatorConfig> demoConfig, Settings saved) {
        HeadlessRuntime runtime = HeadlessRuntime.start(paths, environment, keychain, request.connection(),
                settings -> settings.withAlerts(settings.alerts().withOutlets(false, "")), request.db(), demoConfig);
        WallboardSources sources = new WallboardSources(runtime::agents, runtime.live()::queues,
                runtime::latestQueues, () -> runtime.alerts().map(AlertMonitor::active).orElse(List.of()),
                saved::queueThresholds, saved::interactions, runtime.live()::staleSince,
                () -> WallboardSources.problemOf(runtime.feedHealth(), runtime.queueHealth()));
        return new Floor(sources, runtime.target(), runtime::close);
    }

    /** Shows the board until its window closes, or Ctrl-C (the stop signal) closes it. */
    private static void show(WallboardRequest request, Floor floor, StopSignal stop) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        CompletableFuture<WallboardWindow> opened = new CompletableFuture<>();
        Runnable open = () -> {
            try {
                Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
                WallboardViewModel model = new WallboardViewModel(floor.sources(), request.layout(),
                        Clock.systemUTC(), ZoneId.systemDefault());
                Stage stage = new Stage();
                WallboardWindow window = new WallboardWindow(model, stage, true);
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                window.show(WallboardWindow.screen(request.screen()));
                opened.complete(window);
            } catch (RuntimeException | Error e) {
                opened.completeExceptionally(e);
            }
        };
        // The window is the program: closing it ends the run (the command exits), not the toolkit on its own.
        try {
            Platform.startup(open);
        } catch (IllegalStateException alreadyRunning) {
            // The toolkit runs already (a test's): the board is one more window on it.
            Platform.runLater(open);
        }
        Platform.setImplicitExit(false);
        try {
            opened.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        request.out().println("wallboard open" + (request.screen() == 0 ? " on the last screen" : " on screen "
                + request.screen()) + ", reading " + floor.target() + "; Ctrl+Q closes it");
        request.out().flush();
        LOG.info("wallboard open, reading {}", floor.target());
        WallboardWindow window = opened.get();
        Thread stopWatch = new Thread(() -> {
            try {
                stop.await();
                Platform.runLater(window::close);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "wallboard-stop");
        stopWatch.setDaemon(true);
        stopWatch.start();
        try {
            closed.await();
        } finally {
            stopWatch.interrupt();
        }
    }
}
