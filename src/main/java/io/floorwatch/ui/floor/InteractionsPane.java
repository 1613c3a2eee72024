package io.floorwatch.ui.floor;

import atlantafx.base.theme.Styles;
import io.floorwatch.ui.common.Controls;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;

import java.time.Instant;

/**
 * The agent pane's work section: the selected agent's live interactions (media, queue, phase and for how long,
 * handled for how long, connected when), each wrapped to the pane's width, and their capacity per media with whose
 * utilisation it is. Binds to the floor's ViewModel only; the times count on with its clock.
 */
final class InteractionsPane extends VBox {
    /** Rows the list shows before it scrolls: an agent rarely handles more at once. */
    private static final double LIST_HEIGHT = 124;

    InteractionsPane(FloorViewModel model) {
        super(4);
        setId("agentWork");
        Label heading = new Label("Work now");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        ListView<InteractionLine> list = new ListView<>(model.interactions());
        list.setId("interactionsList");
        list.setPlaceholder(Controls.wrapping(new Label("No interactions now.")));
        list.setPrefHeight(LIST_HEIGHT);
        list.setMinHeight(LIST_HEIGHT / 2);
        list.setCellFactory(WrappingCells.of(line -> text(line, model.nowProperty().get()), null, 0));
        // The durations count on with the clock; nothing to redraw while the agent handles nothing.
        model.nowProperty().addListener((o, was, now) -> {
            if (!model.interactions().isEmpty()) {
                list.refresh();
            }
        });
        Label utilisation = Controls.wrapping(new Label());
        utilisation.setId("detailUtilisation");
        utilisation.textProperty().bind(model.utilisationProperty());
        getChildren().addAll(heading, list, utilisation);
    }

    /** "Voice · Billing" over "On hold for 1:20 · handled 4:12 · connected at 09:12:03". */
    static String text(InteractionLine line, Instant now) {
        return line.media() + " · " + line.queue() + "\n" + line.phase() + " for " + line.inPhaseFor(now)
                + " · handled " + line.handledFor(now) + " · connected at " + line.connectedAt();
    }
}
