package io.floorwatch.ui.alerts;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.FxDelay;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's one toast area: a strip under the shown screen, part of its layout rather than a popup over it, so
 * a toast never covers a control, a table or a dialog and stays inside the window however it is resized. It holds
 * one card: a new alert with Acknowledge, Snooze and Open agent; or, once a second arrives while one shows, "N new
 * alerts" with the latest and a link to the alert center, so a burst is one line. The card goes after
 * {@code visibleFor} (not while the pointer is on it) or when acted on; the alert center keeps every alert.
 */
public final class AlertToasts extends VBox implements AutoCloseable {
    /** How many of a burst's newest headlines the summary card names. */
    private static final int HEADLINES = 2;

    private final AlertsViewModel model;
    private final Runnable openAlertCenter;
    private final Duration visibleFor;
    /** Hides the card when its time is up. */
    private final FxDelay timer = new FxDelay("toast-timer");
    private final Label title = new Label();
    private final Label text = new Label();
    private final HBox actions = new HBox(6);
    /** The headlines of the alerts on the card now, newest last; more than one makes it a summary. */
    private final List<String> onCard = new ArrayList<>();
    private int count;

    /** @param openAlertCenter shows the alert center (the summary's link, and a drift alert's action) */
    public AlertToasts(AlertsViewModel model, Duration visibleFor, Runnable openAlertCenter) {
        this.model = model;
        this.openAlertCenter = openAlertCenter;
        setId("alertToast");
        getStyleClass().add("floorwatch-toast");
        setStyle("-fx-background-color: -color-warning-subtle; -fx-border-color: -color-warning-emphasis; "
                + "-fx-border-width: 1 0 0 4;");
        setPadding(new Insets(6, 10, 6, 12));
        title.setId("toastTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        text.setId("toastText");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        VBox words = new VBox(2, title, text);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        words.setMinWidth(0);
        Button close = new Button("\u00d7");
        close.setId("toastClose");
        close.getStyleClass().addAll(Styles.FLAT, "toast-close");
        close.setOnAction(e -> dismiss());
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(Region.USE_PREF_SIZE);
        HBox line = new HBox(12, words, actions, close);
        line.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(line);
        this.visibleFor = visibleFor;
        setOnMouseEntered(e -> timer.stop()); // the card stays while the pointer is on it
        setOnMouseExited(e -> hideLater());
        hideCard();
    }

    /** Puts a toast on the card, or folds it into the summary when a card is already up. */
    public void show(AlertsViewModel.Toast toast) {
        boolean folding = count > 0 || toast.summary();
        count += toast.summary() ? toast.alsoNew() : 1;
        onCard.add(toast.summary() ? firstLine(toast.text()) : toast.title());
        if (folding) {
            showSummary();
        } else {
            showOne(toast);
        }
        setVisible(true);
        setManaged(true);
        hideLater();
    }

    /** (Re)starts the card's time: it goes away {@code visibleFor} from now. */
    private void hideLater() {
        timer.restart(visibleFor, this::dismiss);
    }

    private void showOne(AlertsViewModel.Toast toast) {
        title.setText(toast.title());
        text.setText(toast.text());
        Button acknowledge = action("Acknowledge", "toast-acknowledge", () -> model.acknowledge(toast.alert(), ""));
        Button snooze = action("Snooze 15 min", "toast-snooze", () -> model.snooze(toast.alert(),
                Duration.ofMinutes(15), toast.alert().note()));
        Button open = model.aboutAnAgent(toast.alert())
                ? action("Open agent", "toast-open-agent", () -> model.showOnFloor(toast.alert()))
                : action("Open alert center", "toast-open-center", openAlertCenter);
        actions.getChildren().setAll(acknowledge, snooze, open);
    }

    private void showSummary() {
        title.setText(count + " new alerts");
        List<String> newest = onCard.subList(Math.max(0, onCard.size() - HEADLINES), onCard.size());
        int others = count - newest.size();
        text.setText(String.join("; ", newest) + (others > 0 ? "; and " + others + " more" : ""));
        Hyperlink center = new Hyperlink("Open alert center");
        center.getStyleClass().add("toast-open-center");
        center.setOnAction(e -> {
            openAlertCenter.run();
            dismiss();
        });
        actions.getChildren().setAll(center);
    }

    private Button action(String label, String styleClass, Runnable handler) {
        Button button = new Button(label);
        button.getStyleClass().addAll(styleClass, Styles.SMALL);
        button.setOnAction(e -> {
            handler.run();
            // Acting on a toast is done with it: close it rather than leave it up until it times out.
            dismiss();
        });
        return button;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Takes the card away (acted on, closed, timed out); the alerts stay in the center. */
    public void dismiss() {
        timer.stop();
        hideCard();
    }

    /** Stops the card's timer thread (the window is going away). */
    @Override
    public void close() {
        dismiss();
        timer.close();
    }

    private void hideCard() {
        count = 0;
        onCard.clear();
        actions.getChildren().clear();
        setVisible(false);
        setManaged(false);
    }
}
