package io.floorwatch.ui.alerts;

import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.history.AlertHistory;
import io.floorwatch.monitor.AlertEvent;
import io.floorwatch.monitor.AlertMonitor;
import io.floorwatch.ui.common.Command;
import io.floorwatch.ui.common.DialogService;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The alert center's state. The monitor tells of every alert change on its own thread; this model queues them and
 * applies them in one go on each {@link #pull()} (the view's ticker), so a burst of alerts is one list change and
 * at most a few toasts. Acting on alerts (acknowledge, snooze, note) goes to the monitor, which stores it. The
 * search of alerts in history is the screen's other half, {@link PastAlertsViewModel}.
 */
public final class AlertsViewModel implements AutoCloseable {
    /** More new alerts than this in one pull are announced by one summary toast instead of one each. */
    static final int TOASTS_PER_PULL = 3;
    private static final List<Integer> SNOOZE_MINUTES = List.of(5, 15, 30, 60);

    private final AlertMonitor monitor;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final String actor;
    private final Consumer<String> openAgentOnFloor;
    private final Queue<AlertEvent> heard = new ConcurrentLinkedQueue<>();
    private final AutoCloseable subscription;
    private Consumer<Toast> toasts = toast -> { };

    private final ObservableList<Alert> active = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper raisedCount = new ReadOnlyIntegerWrapper(this, "raisedCount");
    private final ReadOnlyObjectWrapper<Instant> now = new ReadOnlyObjectWrapper<>(this, "now");
    private final ObjectProperty<Alert> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObjectProperty<Integer> snoozeMinutes = new SimpleObjectProperty<>(this, "snoozeMinutes", 15);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final Command acknowledge;
    private final Command snooze;
    private final Command saveNote;
    private final Command openAgent;
    private final BooleanProperty agentActionsOffered = new SimpleBooleanProperty();
    private BiConsumer<String, String> setOnBreak = (id, name) -> { };
    private BiConsumer<String, String> logOut = (id, name) -> { };
    private final Command onBreak;
    private final Command logOutAgent;

    private final PastAlertsViewModel past;

    /** What a toast shows and offers: one alert, or a summary of several. */
    public record Toast(Alert alert, int alsoNew, String title, String text) {
        public boolean summary() {
            return alert == null;
        }
    }

    /**
     * @param actor            who acts, as audit and history record it (the signed-in user)
     * @param openAgentOnFloor shows an agent on the floor screen (by id)
     */
    public AlertsViewModel(AlertMonitor monitor, AlertHistory history, TaskExecutor tasks, DialogService dialogs,
            Clock clock, String actor, Consumer<String> openAgentOnFloor) {
        this.monitor = monitor;
        this.tasks = tasks;
        this.clock = clock;
        this.actor = actor;
        this.openAgentOnFloor = openAgentOnFloor;
        this.subscription = monitor.subscribe(heard::add);
        var hasActive = Bindings.createBooleanBinding(() -> selected.get() != null, selected);
        this.acknowledge = new Command(this::acknowledgeSelected, Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().status() != AlertStatus.ACKNOWLEDGED, selected));
        this.snooze = new Command(this::snoozeSelected, Bindings.createBooleanBinding(
                () -> selected.get() != null && snoozeMinutes.get() != null, selected, snoozeMinutes));
        this.saveNote = new Command(this::noteSelected, hasActive);
        this.openAgent = new Command(() -> showOnFloor(selected.get()), Bindings.createBooleanBinding(
                () -> selected.get() != null && aboutAnAgent(selected.get()), selected));
        var agentAction = Bindings.createBooleanBinding(() -> selected.get() != null
                && aboutAnAgent(selected.get()) && agentActionsOffered.get(), selected, agentActionsOffered);
        this.onBreak = new Command(() -> setOnBreak.accept(selected.get().agentId(), selected.get().agentName()),
                agentAction);
        this.logOutAgent = new Command(() -> logOut.accept(selected.get().agentId(), selected.get().agentName()),
                agentAction);
        this.past = new PastAlertsViewModel(monitor, history, tasks, dialogs);
        selected.addListener((o, was, alert) -> {
            if (alert == null || was == null || !alert.id().equals(was.id())) {
                note.set(alert == null ? "" : alert.note());
            }
        });
        now.set(clock.instant());
        active.setAll(monitor.active());
        recount();
    }

    /** Where toasts go; the view shows them. */
    public void setToastSink(Consumer<Toast> sink) {
        this.toasts = sink;
    }

    /** Applies what the monitor said since the last pull; moves the clock the durations count from. */
    public void pull() {
        Instant time = clock.instant();
        if (now.get() == null || time.getEpochSecond() != now.get().getEpochSecond()) {
            now.set(time);
        }
        List<Alert> calling = new ArrayList<>();
        boolean changed = false;
        for (AlertEvent event = heard.poll(); event != null; event = heard.poll()) {
            changed = true;
            if (event.popsUp()) {
                String id = event.alert().id();
                calling.removeIf(a -> a.id().equals(id));
                calling.add(event.alert());
            }
        }
        if (!changed) {
            return;
        }
        Alert keep = selected.get();
        active.setAll(monitor.active());
        if (keep != null) {
            selected.set(active.stream().filter(a -> a.id().equals(keep.id())).findFirst().orElse(null));
        }
        recount();
        announce(calling, time);
    }

    private void announce(List<Alert> calling, Instant time) {
        List<Alert> stillActive = calling.stream()
                .filter(a -> active.stream().anyMatch(b -> b.id().equals(a.id()))).toList();
        if (stillActive.size() > TOASTS_PER_PULL) {
            toasts.accept(new Toast(null, stillActive.size(), stillActive.size() + " new alerts",
                    String.join("\n", stillActive.stream().limit(5).map(a -> a.headline(time)).toList())
                            + (stillActive.size() > 5 ? "\n..." : "")));
            return;
        }
        for (Alert alert : stillActive) {
            if (alert.condition() == AlertCondition.CONFIG_DRIFT) {
                toasts.accept(new Toast(alert, 0, "Configuration drift: " + alert.agentName(), alert.headline(time)
                        + "\nThe drift screen shows every difference from the baseline."));
                continue;
            }
            if (alert.condition().queue()) {
                toasts.accept(new Toast(alert, 0, alert.condition().label() + ": " + alert.agentName(),
                        alert.headline(time) + "\nThe queues screen shows its figures and trend."));
                continue;
            }
            toasts.accept(new Toast(alert, 0, alert.condition().label() + ": " + alert.agentName(),
                    alert.agentName() + (alert.team().isEmpty() ? "" : " (" + alert.team() + ")") + ": "
                            + alert.condition().label() + " for " + Alert.human(alert.inState(time))
                            + "\nRule: " + alert.ruleName()));
        }
    }

    private void recount() {
        raisedCount.set((int) active.stream().filter(a -> a.status() == AlertStatus.RAISED).count());
    }

    // ---- acting on active alerts --------------------------------------------------------------------------

    private void acknowledgeSelected() {
        acknowledge(selected.get(), note.get());
    }

    /** Acknowledges from a toast (no note; the alert center takes one). */
    public void acknowledge(Alert alert, String withNote) {
        act("Acknowledged " + alert.agentName() + ".", () -> monitor.acknowledge(alert.id(), actor, trim(withNote)));
    }

    private void snoozeSelected() {
        snooze(selected.get(), Duration.ofMinutes(snoozeMinutes.get()), note.get());
    }

    /** Snoozes from a toast (keeping the alert's note) or the center (with the note field's). */
    public void snooze(Alert alert, Duration length, String withNote) {
        act("Snoozed " + alert.agentName() + " for " + length.toMinutes() + " min.",
                () -> monitor.snooze(alert.id(), length, actor, trim(withNote)));
    }

    private void noteSelected() {
        Alert alert = selected.get();
        act("Note saved for " + alert.agentName() + ".", () -> monitor.note(alert, trim(note.get())));
    }

    /**
     * Offers acting on the selected alert's agent ("Set on break", "Log out"), each opening the floor's preview;
     * the agent's id and name are handed on.
     */
    public void offerAgentActions(BiConsumer<String, String> onBreakAction, BiConsumer<String, String> logOutAction) {
        this.setOnBreak = onBreakAction;
        this.logOut = logOutAction;
        agentActionsOffered.set(true);
    }

    public Command setOnBreakCommand() {
        return onBreak;
    }

    public Command logOutCommand() {
        return logOutAgent;
    }

    /** Whether the alert is about an agent (a drift alert is about the org's configuration, a queue's a queue). */
    public boolean aboutAnAgent(Alert alert) {
        return alert.condition().aboutAnAgent();
    }

    /** Shows the alert's agent on the floor. */
    public void showOnFloor(Alert alert) {
        if (alert != null && aboutAnAgent(alert)) {
            openAgentOnFloor.accept(alert.agentId());
        }
    }

    /** The monitor stores what it is told; the queue to history may wait a moment, so not on the FX thread. */
    private void act(String done, Callable<Alert> action) {
        tasks.run(action, alert -> {
            show(done, false);
            pull(); // the monitor has told this model already: show it now, not at the next tick
        }, failure -> show(failure.getMessage(), true));
    }

    /** A note as stored: without surrounding blanks, at most 2,000 characters. */
    static String trim(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() > 2000 ? value.substring(0, 2000) : value;
    }

    private void show(String text, boolean error) {
        messageIsError.set(error);
        message.set(text);
    }

    // ---- properties -------------------------------------------------------------------------------------

    public ObservableList<Alert> active() {
        return active;
    }

    /** Alerts raised and not yet acknowledged or snoozed: the navigation badge. */
    public ReadOnlyIntegerProperty raisedCountProperty() {
        return raisedCount.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    public ObjectProperty<Alert> selectedProperty() {
        return selected;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public List<Integer> snoozeChoices() {
        return SNOOZE_MINUTES;
    }

    public ObjectProperty<Integer> snoozeMinutesProperty() {
        return snoozeMinutes;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    public Command acknowledgeCommand() {
        return acknowledge;
    }

    public Command snoozeCommand() {
        return snooze;
    }

    public Command saveNoteCommand() {
        return saveNote;
    }

    public Command openAgentCommand() {
        return openAgent;
    }

    /** The alert center's second half: alerts in history, searched and paged. */
    public PastAlertsViewModel past() {
        return past;
    }

    /** Stops listening to the monitor (the window is going away). */
    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop listening to alerts", e);
        }
    }
}
