package io.floorwatch.ui.floor;

import io.floorwatch.ui.common.Controls;
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
import java.util.List;

/**
 * The floor table's columns about adherence: Scheduled (what the schedule says now), Adherence (in or out, and for
 * how long out, tinted by the adherence rules) and Impact (what being out does to the queues). Their words come made
 * from the row ({@link AgentAdherence}); the Adherence cell only counts the time out on each second.
 */
final class AdherenceColumns {
    private AdherenceColumns() {
    }

    static List<TableColumn<FloorRow, ?>> create(FloorViewModel model) {
        TableColumn<FloorRow, String> scheduled = ReadableHeaders.describe(Controls.column("Scheduled", 100,
                r -> r.adherence().scheduled()), "What the agent's published schedule says now (workforce "
                + "management)");
        scheduled.setId("scheduledColumn");
        scheduled.setMinWidth(85);
        scheduled.setSortable(false);
        TableColumn<FloorRow, FloorRow> adherence = new TableColumn<>("Adherence");
        adherence.setId("adherenceColumn");
        adherence.setPrefWidth(95);
        adherence.setMinWidth(85);
        adherence.setSortable(false);
        ReadableHeaders.describe(adherence, "In or out of adherence to the schedule, and for how long out; amber "
                + "out, red past the Out of adherence rule of Settings > Alerts");
        adherence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        adherence.setCellFactory(c -> new AdherenceCell(model));
        TableColumn<FloorRow, String> impact = ReadableHeaders.describe(Controls.column("Impact", 85,
                r -> r.adherence().impact()), "What being out of adherence does to the queues: negative takes an "
                + "agent away from them, positive adds one");
        impact.setId("impactColumn");
        impact.setMinWidth(75);
        impact.setSortable(false);
        return List.of(scheduled, adherence, impact);
    }

    /** "Out 12:04", tinted; "In"; empty when not known. Re-rendered on the tick only while out. */
    private static final class AdherenceCell extends TableCell<FloorRow, FloorRow> {
        private final FloorViewModel model;
        private final Tooltip tip = new Tooltip();
        private final InvalidationListener tick = o -> renderIfOut();
        private Level shownLevel = Level.OK;

        AdherenceCell(FloorViewModel model) {
            this.model = model;
            setAlignment(Pos.CENTER_LEFT);
            model.nowProperty().addListener(new WeakInvalidationListener(tick));
        }

        private void renderIfOut() {
            if (getItem() != null && getItem().adherence().out()) {
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
            if (isEmpty() || row == null || !row.adherence().known()) {
                setText(null);
                setTooltip(null);
                level(Level.OK);
                return;
            }
            AgentAdherence a = row.adherence();
            String text = a.out() ? "Out " + Durations.compact(Duration.between(a.outSince(), model.nowProperty()
                    .get())) : a.state();
            if (!text.equals(getText())) {
                setText(text);
            }
            RowTints.Tint tint = model.adherenceTint(row);
            level(tint.level());
            tip.setText(tint.why().isEmpty() ? a.describe() : tint.why());
            setTooltip(tip);
        }

        private void level(Level level) {
            if (level != shownLevel) {
                getStyleClass().remove("cell-" + shownLevel.name());
                if (level != Level.OK) {
                    getStyleClass().add("cell-" + level.name());
                }
                shownLevel = level;
            }
        }
    }
}
