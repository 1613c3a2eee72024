package io.floorwatch.ui.floor;

import io.floorwatch.ui.common.Controls;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The floor table's columns about the agents' work: Work (interactions against capacity), Now (the current
 * interaction's media and how long it has been handled) and Phase (on hold or in after-call work, and for how long).
 * Their words come made from the row ({@link AgentWork}); the cells only count the durations on each second.
 */
final class WorkColumns {
    private WorkColumns() {
    }

    static List<TableColumn<FloorRow, ?>> create(ReadOnlyObjectProperty<Instant> now) {
        TableColumn<FloorRow, String> work = ReadableHeaders.describe(Controls.column("Work", 95,
                r -> r.work().text()), "Interactions per media against the agent's capacity (? while the org's "
                + "utilisation is not read yet)");
        work.setId("workColumn");
        work.setMinWidth(80);
        // Not sortable: a header without the sort arrow's room lets the column fit beside the others in a 1024 px
        // window; Now and Phase sort by what a supervisor looks for (the longest first).
        work.setSortable(false);
        TableColumn<FloorRow, FloorRow> current = clockColumn("Now", "nowColumn", now, AgentWork::nowMedia,
                AgentWork::nowSince);
        ReadableHeaders.describe(current, "The interaction the agent works on now, and how long they have handled "
                + "it");
        current.setUserData(FloorSort.Column.NOW);
        TableColumn<FloorRow, FloorRow> phase = clockColumn("Phase", "phaseColumn", now, AgentWork::phase,
                AgentWork::phaseSince);
        ReadableHeaders.describe(phase, "Connected, on hold or in after-call work, and for how long");
        phase.setUserData(FloorSort.Column.PHASE);
        return List.of(work, current, phase);
    }

    private static TableColumn<FloorRow, FloorRow> clockColumn(String title, String id,
            ReadOnlyObjectProperty<Instant> now, Function<AgentWork, String> words,
            Function<AgentWork, Instant> since) {
        TableColumn<FloorRow, FloorRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(100);
        column.setMinWidth(90);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new ClockCell(now, words, since));
        return column;
    }

    /** Words, and the time since an instant counted on each second of the screen's clock ("On hold 1:20"). */
    private static final class ClockCell extends TableCell<FloorRow, FloorRow> {
        private final ReadOnlyObjectProperty<Instant> now;
        private final Function<AgentWork, String> words;
        private final Function<AgentWork, Instant> since;
        /** Only a cell that counts re-renders on the tick: most agents on a floor are not on hold. */
        private final InvalidationListener tick = o -> renderIfCounting();

        ClockCell(ReadOnlyObjectProperty<Instant> now, Function<AgentWork, String> words,
                Function<AgentWork, Instant> since) {
            this.now = now;
            this.words = words;
            this.since = since;
            setAlignment(Pos.CENTER_LEFT);
            now.addListener(new WeakInvalidationListener(tick));
        }

        private void renderIfCounting() {
            if (getItem() != null && since.apply(getItem().work()) != null) {
                render();
            }
        }

        @Override
        protected void updateItem(FloorRow row, boolean empty) {
            super.updateItem(row, empty);
            render();
        }

        private void render() {
            FloorRow row = getItem();
            if (isEmpty() || row == null) {
                setText(null);
                return;
            }
            AgentWork work = row.work();
            Instant from = since.apply(work);
            String text = from == null ? words.apply(work)
                    : words.apply(work) + " " + Durations.compact(Duration.between(from, now.get()));
            // An unchanged text is not set again: a set re-lays out the cell.
            if (!text.equals(getText())) {
                setText(text);
            }
        }
    }
}
