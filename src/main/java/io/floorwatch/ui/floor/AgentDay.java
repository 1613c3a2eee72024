package io.floorwatch.ui.floor;

import io.floorwatch.history.StateHistory;
import io.floorwatch.ui.common.BackgroundTask;
import io.floorwatch.ui.common.TaskExecutor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/**
 * The selected agent's day from history, beside the floor. Choosing another agent while a read runs cancels it,
 * and the agent chosen last is read when it ends, so a quick walk down the table reads at most two days.
 */
final class AgentDay {
    private final StateHistory history;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<FloorRow> selected;
    private final BackgroundTask<List<TimelineEntry>> timelineRead;
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper timelineMessage = new ReadOnlyStringWrapper(this, "timelineMessage", "");
    private boolean timelineReadAgain;

    /** @param selected the agent selected now (the read's result is shown only if it still is) */
    AgentDay(StateHistory history, TaskExecutor tasks, Clock clock, ZoneId zone, Supplier<FloorRow> selected) {
        this.history = history;
        this.clock = clock;
        this.zone = zone;
        this.selected = selected;
        this.timelineRead = new BackgroundTask<>(tasks);
    }

    /** Shows the day of this agent (none: nothing is shown). */
    void show(FloorRow row) {
        timeline.clear();
        if (row == null) {
            timelineReadAgain = false;
            timelineRead.cancel();
            timelineMessage.set("");
            return;
        }
        timelineMessage.set("Reading today's history...");
        if (!readTimeline(row.agentId())) {
            // A read for an earlier choice still runs: it is dropped, and this agent is read when it ends.
            timelineRead.cancel();
            timelineReadAgain = true;
        }
    }

    /** Starts reading the agent's day; false while an earlier read still runs. */
    private boolean readTimeline(String agentId) {
        Instant end = clock.instant();
        Instant dayStart = LocalDate.ofInstant(end, zone).atStartOfDay(zone).toInstant();
        return timelineRead.start(context -> Timelines.fold(agentId,
                history.timeline(agentId, dayStart, end.plusSeconds(1)), dayStart), entries -> {
                    FloorRow still = selected.get();
                    if (readAgainIfChosen() || still == null || !still.agentId().equals(agentId)) {
                        return;
                    }
                    timeline.setAll(entries);
                    timelineMessage.set(entries.isEmpty() ? "No history for today yet." : "");
                }, error -> {
                    if (!readAgainIfChosen() && !BackgroundTask.isCancellation(error)) {
                        timelineMessage.set("Today's history could not be read: " + error.getMessage());
                    }
                });
    }

    /** After a read another choice was waiting for: reads that one instead (the result is stale). */
    private boolean readAgainIfChosen() {
        if (!timelineReadAgain) {
            return false;
        }
        timelineReadAgain = false;
        FloorRow now = selected.get();
        if (now != null) {
            readTimeline(now.agentId());
        }
        return true;
    }

    ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    ReadOnlyStringProperty messageProperty() {
        return timelineMessage.getReadOnlyProperty();
    }
}
