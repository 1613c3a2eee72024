package io.floorwatch.ui.wallboard;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The board's keys, chosen so a TV remote's buttons work as well as a keyboard: the arrows and page keys turn the
 * pages, Space, Enter or Play/Pause stop and restart the rotation; G groups by state or team, A shows everyone or
 * only those needing attention, + and - size the text; F11 toggles full screen; Ctrl+Q closes (Esc too, outside a
 * kiosk). Any other key shows the key help for a while.
 */
final class WallboardKeys {
    /** What the window does for the keys that are not the model's. */
    interface Window {
        void toggleFullScreen();

        void close();

        /** Whether Esc may close the board (a kiosk's may not: a stray key would leave the TV on a desktop). */
        boolean escapeCloses();
    }

    private final WallboardViewModel model;
    private final WallboardView view;
    private final Window window;

    WallboardKeys(WallboardViewModel model, WallboardView view, Window window) {
        this.model = model;
        this.view = view;
        this.window = window;
    }

    void handle(KeyEvent event) {
        KeyCode code = event.getCode();
        if (event.isShortcutDown() && (code == KeyCode.Q || code == KeyCode.W)) {
            window.close();
        } else if (code == KeyCode.ESCAPE && window.escapeCloses()) {
            window.close();
        } else if (event.isShortcutDown() || event.isAltDown()) {
            return;
        } else {
            switch (code) {
                case RIGHT, DOWN, PAGE_DOWN, TRACK_NEXT, CHANNEL_UP -> model.next();
                case LEFT, UP, PAGE_UP, TRACK_PREV, CHANNEL_DOWN -> model.previous();
                case SPACE, ENTER, PLAY, PAUSE -> model.togglePaused();
                case G -> model.toggleGrouping();
                case A -> model.toggleCards();
                case PLUS, ADD, EQUALS -> model.zoom(1);
                case MINUS, SUBTRACT -> model.zoom(-1);
                case F11, F -> window.toggleFullScreen();
                default -> {
                    view.showKeyHelp();
                    return;
                }
            }
        }
        event.consume();
    }
}
