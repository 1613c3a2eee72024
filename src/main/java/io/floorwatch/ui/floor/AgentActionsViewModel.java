package io.floorwatch.ui.floor;

import io.floorwatch.actions.ActionOutcome;
import io.floorwatch.actions.ActionPlan;
import io.floorwatch.actions.ActionPlanner;
import io.floorwatch.actions.ActionRules;
import io.floorwatch.actions.ActionRunner;
import io.floorwatch.actions.AgentAction;
import io.floorwatch.actions.AgentActions;
import io.floorwatch.config.ActionSettings;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Acting on agents from the floor: a preview of every agent with their state now and after, a reason, confirm,
 * progress and cancel, a result per agent, and the undo of the last batch. The effect on the floor comes through
 * the feed; the floor is only told which agents to mark pending.
 */
public final class AgentActionsViewModel {
    /** Where the workflow is. */
    public enum Stage { CLOSED, PREVIEWING, PREVIEW, RUNNING, DONE }

    /** One agent of the preview, then of the results. */
    public record Row(String agentId, String name, String now, String after, String note) {
    }

    private final Supplier<Optional<AgentActions>> service;
    private final TaskExecutor tasks;
    private final BackgroundTask<ActionPlan> previewing;
    private final BackgroundTask<ActionRunner.BatchResult> running;
    private final BiConsumer<String, String> pending;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(Stage.CLOSED);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<PresenceDefinition> presences = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanProperty undoAvailable = new SimpleBooleanProperty();
    private final StringProperty undoText = new SimpleStringProperty("Undo last batch");
    private final BooleanBinding confirmable;
    private final IntegerProperty reasonAbove = new SimpleIntegerProperty(ActionSettings.DEFAULT_REASON_ABOVE);
    private ActionPlan plan;
    private boolean undoing;

    /** @param pending told, on the FX thread, of each agent written: their id and what the floor should show */
    public AgentActionsViewModel(Supplier<Optional<AgentActions>> service, TaskExecutor tasks,
            BiConsumer<String, String> pending) {
        this.service = service;
        this.tasks = tasks;
        this.previewing = new BackgroundTask<>(tasks);
        this.running = new BackgroundTask<>(tasks);
        this.pending = pending;
        this.confirmable = Bindings.createBooleanBinding(() -> stage.get() == Stage.PREVIEW && plan != null
                && ActionRules.problems(plan.withReason(reason.get()), reasonAbove.get()).isEmpty(), stage, reason,
                reasonAbove);
        reason.addListener((o, was, now) -> showProblems());
        reasonAbove.addListener((o, was, now) -> showProblems());
    }

    /** Batches of more agents than this need a reason (Settings' "Acting on agents"). */
    public IntegerProperty reasonAboveProperty() {
        return reasonAbove;
    }

    /** Reads the org's presence definitions for the menu, once per connection. */
    public void loadPresences() {
        loadPresences(() -> { });
    }

    /** Reads the presence definitions if not yet read, then runs {@code then} on the FX thread. */
    public void loadPresences(Runnable then) {
        Optional<AgentActions> actions = service.get();
        if (!presences.isEmpty()) {
            then.run();
            return;
        }
        if (actions.isEmpty()) {
            return;
        }
        new BackgroundTask<List<PresenceDefinition>>(tasks).start(c -> actions.get().presences(), read -> {
            presences.setAll(read);
            then.run();
        }, failure -> problem.set("Cannot read the presences: " + failure.getMessage()));
    }

    /** Previews the action for these agents against what Genesys holds now. */
    public void preview(AgentAction action, List<ActionPlanner.Target> agents) {
        Optional<AgentActions> actions = service.get();
        undoing = false;
        open(action.label() + " for " + agents.size() + (agents.size() == 1 ? " agent" : " agents"));
        warning.set(action.undoable() ? "" : "A log out cannot be undone: the agents must sign in again.");
        if (actions.isEmpty()) {
            problem.set("Not connected: nothing can be sent.");
            stage.set(Stage.PREVIEW);
            return;
        }
        previewing.start(c -> actions.get().preview(action, agents, reason.get()), this::previewed, this::failed);
    }

    /** Previews the undo of the last batch. */
    public void previewUndo() {
        Optional<ActionPlan> undo = service.get().flatMap(AgentActions::undoLast);
        if (undo.isEmpty()) {
            undoAvailable.set(false);
            return;
        }
        undoing = true;
        open("Undo: each agent back to what they had");
        warning.set("An agent changed again since is left as they are now.");
        previewed(undo.get());
    }

    /** Sends the previewed batch. */
    public void confirm() {
        Optional<AgentActions> actions = service.get();
        if (!confirmable.get() || actions.isEmpty()) {
            return;
        }
        ActionPlan toRun = plan.withReason(reason.get());
        stage.set(Stage.RUNNING);
        int count = toRun.rows().size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            index.put(rows.get(i).agentId(), i);
        }
        boolean undo = undoing;
        running.start(context -> {
            AtomicInteger reached = new AtomicInteger();
            Consumer<ActionOutcome> progress = o -> reached(o, reached.incrementAndGet(), count, context, index);
            return undo ? actions.get().undo(toRun, context.cancelled(), progress)
                    : actions.get().run(toRun, context.cancelled(), progress);
        }, this::finished, failure -> {
            stage.set(Stage.DONE);
            summary.set(BackgroundTask.isCancellation(failure) ? "Cancelled; what was sent stays sent (see each agent)."
                    : "Stopped: " + failure.getMessage());
            refreshUndo();
        });
    }

    private void reached(ActionOutcome outcome, int n, int count, BackgroundTask.Context context,
            Map<String, Integer> index) {
        context.progress((double) n / count, n + " of " + count);
        tasks.report(() -> {
            Integer at = index.get(outcome.row().agentId());
            if (at != null) {
                Row row = rows.get(at);
                rows.set(at, new Row(row.agentId(), row.name(), row.now(), row.after(), note(outcome)));
            }
            String expected = expectedPresence(outcome);
            if (outcome.status() == ActionOutcome.Status.DONE && expected != null) {
                pending.accept(outcome.row().agentId(), expected);
            }
        });
    }

    public void cancel() {
        if (running.isRunning()) {
            running.cancel();
        } else {
            previewing.cancel();
            close();
        }
    }

    public void close() {
        stage.set(Stage.CLOSED);
        plan = null;
        rows.clear();
    }

    private void open(String heading) {
        title.set(heading);
        rows.clear();
        problem.set("");
        summary.set("");
        reason.set("");
        plan = null;
        stage.set(Stage.PREVIEWING);
    }

    private void previewed(ActionPlan previewedPlan) {
        plan = previewedPlan;
        List<Row> shown = new ArrayList<>();
        for (ActionPlan.Row row : previewedPlan.rows()) {
            shown.add(new Row(row.agentId(), row.agentName(), row.shown(), row.after(),
                    row.sent() ? "" : "Skipped: " + row.skip()));
        }
        rows.setAll(shown);
        stage.set(Stage.PREVIEW);
        showProblems();
    }

    private void failed(Throwable failure) {
        stage.set(Stage.PREVIEW);
        problem.set("Cannot preview: " + failure.getMessage());
    }

    private void finished(ActionRunner.BatchResult result) {
        stage.set(Stage.DONE);
        summary.set(result.plan().action().label() + ": " + result.summary() + ".");
        refreshUndo();
    }

    private void refreshUndo() {
        Optional<AgentActions> actions = service.get();
        boolean can = actions.flatMap(AgentActions::lastBatch).map(b -> b.plan().action().undoable()).orElse(false);
        undoAvailable.set(can);
        undoText.set(can ? "Undo: " + actions.get().lastBatch().orElseThrow().plan().action().label()
                : "Undo last batch");
    }

    private void showProblems() {
        if (plan == null || stage.get() != Stage.PREVIEW) {
            return;
        }
        List<String> problems = ActionRules.problems(plan.withReason(reason.get()), reasonAbove.get());
        problem.set(String.join(" ", problems));
    }

    /** The presence the floor should come to show for a written agent; null for a queue join, not on the row. */
    private String expectedPresence(ActionOutcome outcome) {
        AgentAction.Kind kind = plan == null ? null : plan.action().kind();
        if (kind == AgentAction.Kind.LOG_OUT) {
            return SystemPresence.OFFLINE.displayName();
        }
        return kind == AgentAction.Kind.PRESENCE ? outcome.row().after() : null;
    }

    private static String note(ActionOutcome outcome) {
        return switch (outcome.status()) {
            case DONE -> "Done";
            case SKIPPED -> "Skipped: " + outcome.detail();
            case REFUSED -> "Refused: " + outcome.detail();
            case FAILED -> "Failed: " + outcome.detail();
            case NOT_RUN -> "Not run: cancelled";
        };
    }

    // ---- properties ---------------------------------------------------------------------------------------

    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<PresenceDefinition> presences() {
        return presences;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty warningProperty() {
        return warning;
    }

    public BooleanBinding confirmableProperty() {
        return confirmable;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.runningProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return running.progressProperty();
    }

    public BooleanProperty undoAvailableProperty() {
        return undoAvailable;
    }

    public StringProperty undoTextProperty() {
        return undoText;
    }
}
