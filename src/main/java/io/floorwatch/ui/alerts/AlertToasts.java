package io.floorwatch.ui.alerts;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Shows the model's toasts with ControlsFX notifications at the bottom right of the window: one per new alert
 * with Acknowledge, Snooze and Open agent, or one summary when many rise at once. More than a few on screen
 * collapse into one, so a burst never covers the window.
 */
public final class AlertToasts {
    private static final int ON_SCREEN = 4;
    /**
     * ControlsFX draws its toasts with Modena's looked-up colours, which the AtlantaFX theme does not define (the
     * toast came out transparent): the theme's own colours instead, so light and dark both read well.
     */
    private static final String CARD = "-fx-background-color: -color-border-default, -color-bg-default; "
            + "-fx-background-insets: 0, 1; -fx-background-radius: 8, 7; -fx-padding: 7; "
            + "-fx-effect: dropshadow(gaussian, rgba(0, 0, 0, 0.28), 14, 0, 0, 4);";
    private static final String TEXT = "-fx-text-fill: -color-fg-default; -fx-effect: null;";
    /** Marks a toast already themed, placed and timed. */
    private static final String FINISHED = "floorwatch.toast.finished";

    private final AlertsViewModel model;
    private final Duration visibleFor;
    private final Runnable openAlertCenter;
    private final Node anyNodeOfTheWindow;

    /**
     * @param anyNodeOfTheWindow the toasts' owner is this node's window (the main window, whichever screen shows)
     * @param openAlertCenter    shows the alert center (a summary toast's action)
     */
    public AlertToasts(AlertsViewModel model, Duration visibleFor, Node anyNodeOfTheWindow, Runnable openAlertCenter) {
        this.model = model;
        this.visibleFor = visibleFor;
        this.anyNodeOfTheWindow = anyNodeOfTheWindow;
        this.openAlertCenter = openAlertCenter;
    }

    void show(AlertsViewModel.Toast toast) {
        Window window = anyNodeOfTheWindow.getScene() == null ? null : anyNodeOfTheWindow.getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        Notifications notification = Notifications.create().title(toast.title()).text(toast.text()).owner(window)
                .position(Pos.BOTTOM_RIGHT).hideAfter(javafx.util.Duration.millis(visibleFor.toMillis()))
                .styleClass("floorwatch-toast")
                .threshold(ON_SCREEN, Notifications.create().title("Several alerts").text(
                        "Open the alert center to see them all.").owner(window).position(Pos.BOTTOM_RIGHT));
        if (toast.summary()) {
            notification.action(action("Open alert center", "toast-open-center", e -> openAlertCenter.run()));
        } else {
            notification.action(
                    action("Acknowledge", "toast-acknowledge", e -> model.acknowledge(toast.alert(), "")),
                    action("Snooze 15 min", "toast-snooze", e -> model.snooze(toast.alert(),
                            Duration.ofMinutes(15), toast.alert().note())),
                    model.aboutAnAgent(toast.alert())
                            ? action("Open agent", "toast-open-agent", e -> model.showOnFloor(toast.alert()))
                            : action("Open alert center", "toast-open-center", e -> openAlertCenter.run()));
        }
        notification.show();
        finishNewToasts(window);
    }

    /**
     * Themes the toasts just shown, keeps each inside the window (ControlsFX places a toast by its width before its
     * styles apply, so a wide one ran past the right edge) and closes each after {@code visibleFor} through its own
     * close path (ControlsFX's own timer was seen leaving a toast up once others had arrived).
     */
    private void finishNewToasts(Window owner) {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (!(window instanceof PopupWindow) || window.getScene() == null) {
                continue;
            }
            for (Node bar : window.getScene().getRoot().lookupAll(".floorwatch-toast")) {
                if (bar.getProperties().putIfAbsent(FINISHED, Boolean.TRUE) != null) {
                    continue;
                }
                bar.lookupAll(".pane").stream().filter(n -> n.getParent() == bar).forEach(pane -> pane.setStyle(CARD));
                bar.lookupAll(".label").forEach(label -> label.setStyle(TEXT));
                Platform.runLater(() -> keepInside(window, owner));
                PauseTransition timer = new PauseTransition(
                        javafx.util.Duration.millis(visibleFor.toMillis()));
                timer.setOnFinished(e -> close(bar));
                timer.play();
            }
        }
    }

    private static void keepInside(Window toast, Window owner) {
        double right = owner.getX() + owner.getWidth() - 12;
        if (toast.getX() + toast.getWidth() > right) {
            toast.setX(Math.max(owner.getX(), right - toast.getWidth()));
        }
    }

    private static Action action(String text, String styleClass, Consumer<ActionEvent> handler) {
        Action action = new Action(text, e -> {
            handler.accept(e);
            // Acting on a toast is done with it: close it rather than leave it up until it times out.
            if (e.getSource() instanceof Node node) {
                close(node);
            }
        });
        action.getStyleClass().add(styleClass);
        return action;
    }

    /**
     * Closes the toast this node is part of through its own close button: ControlsFX keeps count of the toasts on
     * screen (for the threshold) and only its close path updates that count; hiding the popup directly would not.
     */
    private static void close(Node inside) {
        for (Node node = inside; node != null; node = node.getParent()) {
            if (node.getStyleClass().contains("floorwatch-toast")) {
                node.lookupAll(".close-button").stream().filter(n -> n instanceof Button)
                        .findFirst().ifPresent(button -> ((Button) button).fire());
                return;
            }
        }
    }

    /** Closes every toast still on screen (the window is going away). */
    public void closeAll() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window instanceof PopupWindow && window.getScene() != null) {
                window.getScene().getRoot().lookupAll(".floorwatch-toast").forEach(AlertToasts::close);
            }
        }
    }
}
