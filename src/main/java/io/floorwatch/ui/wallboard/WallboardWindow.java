package io.floorwatch.ui.wallboard;

import io.floorwatch.ui.common.FxTicker;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.time.Duration;
import java.util.List;

/**
 * The wallboard's own window: full screen on the chosen monitor, the board read again every second by a ticker
 * this window owns and stops when it closes. A kiosk's window (started by {@code floorwatch wallboard}) does not
 * leave full screen on Esc, and its closing ends the program; one opened from the main window is a window like any
 * other.
 */
public final class WallboardWindow implements AutoCloseable {
    private final WallboardViewModel model;
    private final WallboardView view;
    private final Stage stage;
    private FxTicker ticker;

    /**
     * @param kiosk whether this is a TV's only window: Esc neither leaves full screen nor closes it
     */
    public WallboardWindow(WallboardViewModel model, Stage stage, boolean kiosk) {
        this.model = model;
        this.stage = stage;
        this.view = new WallboardView(model);
        WallboardKeys keys = new WallboardKeys(model, view, new WallboardKeys.Window() {
            @Override
            public void toggleFullScreen() {
                stage.setFullScreen(!stage.isFullScreen());
            }

            @Override
            public void close() {
                stage.close();
            }

            @Override
            public boolean escapeCloses() {
                return !kiosk && !stage.isFullScreen();
            }
        });
        Scene scene = new Scene(view);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys::handle);
        stage.setScene(scene);
        stage.setTitle(model.titleProperty().get() + " - Floorwatch wallboard");
        stage.setFullScreenExitHint(kiosk ? "" : "F11 or Esc leaves full screen; Ctrl+Q closes the wallboard");
        if (kiosk) {
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        }
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> close());
    }

    /**
     * The monitor a board goes on: {@code number} counts from 1 in the order the system lists them (1 is the
     * primary); 0 picks the last (a TV is usually the monitor added last). IllegalArgumentException naming the
     * monitors there are, for a number past them.
     */
    public static Screen screen(int number) {
        List<Screen> screens = Screen.getScreens();
        if (number == 0) {
            return screens.get(screens.size() - 1);
        }
        if (number < 1 || number > screens.size()) {
            StringBuilder known = new StringBuilder();
            for (int i = 0; i < screens.size(); i++) {
                Rectangle2D bounds = screens.get(i).getBounds();
                known.append(i == 0 ? "" : ", ").append(i + 1).append(": ").append((int) bounds.getWidth())
                        .append('x').append((int) bounds.getHeight());
            }
            throw new IllegalArgumentException("there is no screen " + number + "; this machine has "
                    + screens.size() + " (" + known + ")");
        }
        return screens.get(number - 1);
    }

    /** Shows the board full screen on the monitor and starts reading the floor every second. */
    public void show(Screen screen) {
        Rectangle2D bounds = screen.getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        model.pull();
        stage.show();
        // After show: full screen asked of a window not yet shown finds no window to fill on some platforms.
        stage.setFullScreen(true);
        stage.toFront();
        if (ticker == null) {
            ticker = new FxTicker("wallboard-tick", Duration.ofSeconds(1), model::tick);
        }
    }

    public WallboardViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    public WallboardView view() {
        return view;
    }

    /** Stops reading the floor and closes the window (both once). */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.close();
            ticker = null;
        }
        if (stage.isShowing()) {
            stage.close();
        }
    }
}
