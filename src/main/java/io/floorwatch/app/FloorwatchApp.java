package io.floorwatch.app;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import io.floorwatch.config.AppPaths;
import io.floorwatch.config.KeyringSecretStore;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.ui.common.FxDialogService;
import io.floorwatch.ui.common.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

/**
 * The desktop window's life. The services are put together on a startup thread (settings, history, then the
 * connection: the demo's emulator, the token, the first read of the floor) while the FX toolkit starts and the
 * window shows "Starting"; the screens take the window's place once the services exist, and only read what they
 * have, so the floor fills in the moment the first read lands. Not a JavaFX {@code Application}: started through
 * {@link Platform#startup}, it can hand the window the services being made without a static field between them.
 */
final class FloorwatchApp {
    private static final Logger LOG = LoggerFactory.getLogger(FloorwatchApp.class);

    private FloorwatchApp() {
    }

    /** Shows the window and blocks until it has closed and everything it opened is closed. */
    static void run(boolean forceDemo) throws InterruptedException {
        CompletableFuture<Composition> composing = new CompletableFuture<>();
        Thread startup = new Thread(() -> compose(forceDemo, composing), "startup");
        startup.start();
        // The SDK's classes load on the second core while the first reads the settings and opens history.
        Thread warmUp = new Thread(GenesysGateway::warmUp, "sdk-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> show(new Stage(), composing, closed));
        closed.await();
        startup.join();
    }

    private static void compose(boolean forceDemo, CompletableFuture<Composition> composing) {
        try {
            Composition composition = new Composition(AppPaths.forCurrentUser(), System.getenv(),
                    new KeyringSecretStore(), new FxTaskExecutor(), forceDemo, Composition.demo());
            Runtime.getRuntime().addShutdownHook(new Thread(composition::closeServices, "close-on-exit"));
            composition.start();
            LOG.info("connecting to {}", composition.initialSettings().connection().label());
            composing.complete(composition);
        } catch (RuntimeException | Error e) {
            composing.completeExceptionally(e);
        }
    }

    private static void show(Stage stage, CompletableFuture<Composition> composing, CountDownLatch closed) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Thread.setDefaultUncaughtExceptionHandler(new FailureReporter(dialogs));
        // The theme's light face for the moment before the settings are read (they may ask for the dark one).
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Label starting = new Label("Starting Floorwatch: reading the settings and opening history...");
        starting.getStyleClass().add(Styles.TEXT_MUTED);
        // As large as a supervisor's screen allows, up to a size where the floor table needs no scrolling sideways.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(new StackPane(starting), Math.min(1480, screen.getWidth()),
                Math.min(920, screen.getHeight()));
        FirstLiveFrame.watch(scene);
        stage.setTitle("Floorwatch");
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            composing.thenAccept(Composition::close);
            Platform.exit();
            closed.countDown();
        });
        stage.show();
        composing.whenComplete((composition, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                LOG.error("Floorwatch could not start", failure);
                starting.setText("Floorwatch could not start: " + failure.getMessage());
                dialogs.showError("Floorwatch could not start", String.valueOf(failure.getMessage()));
                return;
            }
            scene.setRoot(composition.buildWindow(dialogs));
            LOG.info("window shown");
        }));
    }
}
