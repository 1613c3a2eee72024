package io.floorwatch.ui.floor;

import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Level;
import io.floorwatch.ui.common.ReadableHeaders;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The floor table's columns about the agents' work: Work (interactions against capacity), Now (the current
 * interaction's media and how long it has been handled) and Phase (on hold or in after-call work, and for how long).
 * Their words come made from the row ({@link AgentWork}); the cells only count the durations on each second, colour
 * themselves when what they show is past its threshold ({@link WorkTints.Part}), and say their whole text in a
 * tooltip, since a narrow column cuts "Voice 1/1 · Chat 2/3" short.
 */
final class WorkColumns {
    private WorkColumns() {
    }

    static List<TableColumn<FloorRow, ?>> create(FloorViewModel model) {
        TableColumn<FloorRow, FloorRow> work = ReadableHeaders.describe(column("Work", "workColumn", 95, 80, model,
                WorkTints.Part.WORK, AgentWork::text, w -> null), "Interactions per media against the agent's "
                + "capacity (? while the org's utilisation is not read yet)");
        // Not sortable: a header without the sort arrow's room lets the column fit beside the others in a 1024 px
        // window; Now and Phase sort by what a supervisor looks for (the longest first).
        work.setSortable(false);
        TableColumn<FloorRow, FloorRow> current = ReadableHeaders.describe(column("Now", "nowColumn", 100, 90, model,
                WorkTints.Part.NOW, AgentWork::nowMedia, AgentWork::nowSince), "The interaction the agent works on "
                + "now, and how long they have handled it");
        current.setUserData(FloorSort.Column.NOW);
        TableColumn<FloorRow, FloorRow> phase = ReadableHeaders.describe(column("Phase", "phaseColumn", 100, 90,
                model, WorkTints.Part.PHASE, AgentWork::phase, AgentWork::phaseSince), "Connected, on hold or in "
                + "after-call work, and for how long");
        phase.setUserData(FloorSort.Column.PHASE);
        return List.of(work, current, phase);
    }

    private static TableColumn<FloorRow, FloorRow> column(String title, String id, double width, double min,
            FloorViewModel model, WorkTints.Part part, Function<AgentWork, String> words,
            Function<AgentWork, Instant> since) {
        TableColumn<FloorRow, FloorRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setPrefWidth(width);
        column.setMinWidth(min);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new WorkCell(model, part, words, since));
        return column;
    }

    /**
     * Words, and the time since an instant counted on each second of the screen's clock ("Hold 1:20"); none to count
     * for the Work cell.
     */
    private static final class WorkCell extends TableCell<FloorRow, FloorRow> {
        private final FloorViewModel model;
        private final WorkTints.Part part;
        private final Function<AgentWork, String> words;
        private final Function<AgentWork, Instant> since;
        /** Only a cell that counts re-renders on the tick: most agents on a floor are not on hold. */
        private final InvalidationListener tick = o -> renderIfCounting();
        /** Made for the first text the cell shows, then kept: cells are reused row after row. */
        private Tooltip whole;

        WorkCell(FloorViewModel model, WorkTints.Part part, Function<AgentWork, String> words,
                Function<AgentWork, Instant> since) {
            this.model = model;
            this.part = part;
            this.words = words;
            this.since = since;
            setAlignment(Pos.CENTER_LEFT);
            model.nowProperty().addListener(new WeakInvalidationListener(tick));
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
                setTooltip(null);
                LevelStyles.show(this, "duration-", Level.OK);
                return;
            }
            AgentWork work = row.work();
            Instant from = since.apply(work);
            String text = from == null ? words.apply(work)
                    : words.apply(work) + " " + Durations.compact(Duration.between(from, model.nowProperty().get()));
            // An unchanged text is not set again: a set re-lays out the cell.
            if (!text.equals(getText())) {
                setText(text);
                showWhole(text);
            }
            LevelStyles.show(this, "duration-", model.workLevel(row, part));
        }

        private void showWhole(String text) {
            if (text.isEmpty()) {
                setTooltip(null);
                return;
            }
            if (whole == null) {
                whole = new Tooltip();
                whole.setWrapText(true);
                whole.setMaxWidth(420);
                // The cell's tooltip stands in for its row's, which says why the row is tinted: it says that too.
                whole.setOnShowing(e -> {
                    FloorRow row = getItem();
                    String why = row == null ? "" : model.tint(row).why();
                    whole.setText(why.isEmpty() ? getText() : getText() + "\n" + why);
                });
            }
            if (!whole.isShowing()) {
                whole.setText(text);
            }
            setTooltip(whole);
        }
    }
}
