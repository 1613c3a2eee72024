package io.floorwatch.ui;

import io.floorwatch.testkit.InMemoryKeychain;
import io.floorwatch.app.Composition;
import io.floorwatch.config.AppPaths;
import io.floorwatch.domain.ConnectionStatus;
import io.floorwatch.emulator.EmulatorConfig;
import io.floorwatch.emulator.sim.SimSettings;
import io.floorwatch.testkit.RecordingDialogs;
import io.floorwatch.ui.common.FxTaskExecutor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything the app opens is closed on exit: the whole composition on the demo (emulator, embedded broker,
 * feeds, screens, history) is started, then closed, and every thread the app named itself is gone soon after.
 */
@ExtendWith(ApplicationExtension.class)
class CompositionShutdownUiTest {
    /** The names the app's own thread factories give (see each {@code new Thread(r, name)}), by prefix. */
    private static final List<String> APP_THREADS = List.of("session-open", "floor-pull", "queues-pull",
            "alerts-pull", "queue-alerts", "wallboard-tick", "time-boxes", "ui-task-", "history-writer", "history-retention",
            "genesys-sdk-async-", "genesys-channels",
            "change-webhook", "alert-webhook", "alert-monitor", "alert-sound", "drift-watch", "feed-seed",
            "queue-observations", "kafka-queue-metrics", "kafka-agent-state", "emulator-http",
            "emulator-streaming-timer", "emulator-simulator",
            // Kafka names the producer's thread after the client id the app gives.
            "kafka-producer-network-thread | floorwatch-");

    private Composition composition;
    private Set<Thread> before;
    private boolean closed;

    @Start
    void start(Stage stage) throws IOException {
        before = Set.copyOf(Thread.getAllStackTraces().keySet());
        Path home = Files.createTempDirectory("floorwatch-shutdown-ui");
        composition = new Composition(new AppPaths(home.resolve("config"), home.resolve("data")), Map.of(),
                new InMemoryKeychain(), new FxTaskExecutor(), true,
                () -> EmulatorConfig.defaults().withFloor(new SimSettings(40, 4, 8, 5, 1.0)));
        stage.setScene(new Scene(composition.buildWindow(new RecordingDialogs()), 1100, 720));
        stage.show();
        composition.start();
    }

    @AfterEach
    void stop() {
        if (!closed) {
            composition.close();
        }
    }

    /** The threads started since the test began whose names the app gave. */
    private Set<String> appThreadsSinceStart() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !before.contains(t))
                .map(Thread::getName)
                .filter(name -> APP_THREADS.stream().anyMatch(name::startsWith))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void closingTheCompositionEndsEveryThreadTheAppStarted() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> composition.session().status().state()
                == ConnectionStatus.State.CONNECTED && composition.session().queueHealth().running()
                && composition.session().feedHealth().agents() > 0);
        // The filter sees the app's threads: the feeds, the emulator, the screens and history all run now.
        assertThat(appThreadsSinceStart()).contains("session-open", "floor-pull", "alerts-pull", "alert-monitor",
                "queue-alerts", "time-boxes",
                "drift-watch", "history-writer", "kafka-queue-metrics", "emulator-simulator");

        composition.close();
        closed = true;

        // Bounded: a thread told to stop may take a moment to end (a consumer finishes its poll).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!appThreadsSinceStart().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(appThreadsSinceStart()).as("the app's threads still alive after close").isEmpty();
    }
}
