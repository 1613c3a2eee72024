package io.floorwatch.ui.alerts;

import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * Shows the model's toasts with ControlsFX notifications at the bottom right of the window: one per new alert
 * with Acknowledge, Snooze and Open agent, or one summary when many rise at once. More than a few on screen
 * collapse into one, so a burst never covers the window.
 */
public final class AlertToasts {
    private static final int ON_SCREEN = 4;

    private final AlertsViewModel model;
    private final Duration visibleFor;
    private final Runnable openAlertCenter;

    /** @param openAlertCenter shows the alert center (a summary toast's action) */
    public AlertToasts(AlertsViewModel model, Duration visibleFor, Runnable openAlertCenter) {
        this.model = model;
        this.visibleFor = visibleFor;
        this.openAlertCenter = openAlertCenter;
    }

    void show(AlertsViewModel.Toast toast, Node anchor) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
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
                    action("Open agent", "toast-open-agent", e -> model.showOnFloor(toast.alert())));
        }
        notification.show();
    }

    private static Action action(String text, String styleClass, Consumer<ActionEvent> handler) {
        Action action = new Action(text, e -> {
            handler.accept(e);
            // Acting on a toast is done with it: close its popup rather than leave it up until it times out.
            if (e.getSource() instanceof Node node && node.getScene() != null) {
                node.getScene().getWindow().hide();
            }
        });
        action.getStyleClass().add(styleClass);
        return action;
    }
}
