package io.floorwatch.app;

import io.floorwatch.config.AppPaths;
import io.floorwatch.config.KeyringSecretStore;
import io.floorwatch.ui.common.FxDialogService;
import io.floorwatch.ui.common.FxTaskExecutor;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: shows the window at once and connects in the background. */
public final class FloorwatchApp extends Application {
    static final String DEMO_FLAG = "--demo";
    private static final Logger LOG = LoggerFactory.getLogger(FloorwatchApp.class);

    private Composition composition;

    /** Runs on the launcher thread, not the FX thread: reading the settings file happens here. */
    @Override
    public void init() {
        boolean forceDemo = getParameters().getRaw().contains(DEMO_FLAG);
        composition = new Composition(AppPaths.forCurrentUser(), System.getenv(), new KeyringSecretStore(),
                new FxTaskExecutor(), forceDemo, Composition.demo());
        Composition closing = composition;
        Runtime.getRuntime().addShutdownHook(new Thread(closing::closeServices, "close-on-exit"));
    }

    @Override
    public void start(Stage stage) {
        FxDialogService dialogs = new FxDialogService(() -> stage);
        Thread.setDefaultUncaughtExceptionHandler(new FailureReporter(dialogs));
        // As large as a supervisor's screen allows, up to a size where the floor table needs no scrolling sideways.
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(composition.buildWindow(dialogs), Math.min(1480, screen.getWidth()),
                Math.min(920, screen.getHeight()));
        stage.setTitle("Floorwatch");
        stage.setScene(scene);
        stage.show();
        composition.start();
        LOG.info("window shown; connecting to {}", composition.initialSettings().connection().label());
    }

    @Override
    public void stop() {
        if (composition != null) {
            composition.close();
        }
        Platform.exit();
    }
}
