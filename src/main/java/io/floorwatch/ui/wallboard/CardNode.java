package io.floorwatch.ui.wallboard;

import io.floorwatch.domain.Activity;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import java.time.Instant;

/**
 * One agent card, kept and filled again each second: the name, then the time in state (and the state when the
 * board groups by team, or the team when it groups by state), then what marks the card if anything. The left
 * edge has the state's colour; a marked card has a red or amber ground and says why in words.
 */
final class CardNode extends VBox {
    private final Label name = new Label();
    private final Label line = new Label();
    private final Label note = new Label();
    private Activity shownActivity;
    private AgentCard.Mark shownMark;

    CardNode() {
        getStyleClass().add("wb-card");
        name.getStyleClass().add("wb-card-name");
        line.getStyleClass().add("wb-card-line");
        note.getStyleClass().add("wb-card-note");
        getChildren().addAll(name, line, note);
    }

    void show(AgentCard card, boolean byTeam, Instant now) {
        setId("wb-card-" + card.agentId());
        name.setText(card.name());
        String inState = WallboardViewModel.inState(card.since(), now);
        line.setText(byTeam ? card.activity().label() + "  " + inState
                : inState + (card.team().isBlank() ? "" : "  ·  " + card.team()));
        note.setText(card.note());
        if (card.activity() != shownActivity) {
            getStyleClass().removeIf(c -> c.startsWith("wb-activity-"));
            getStyleClass().add("wb-activity-" + card.activity().name());
            shownActivity = card.activity();
        }
        if (card.mark() != shownMark) {
            getStyleClass().removeIf(c -> c.startsWith("wb-mark-"));
            getStyleClass().add("wb-mark-" + card.mark().name());
            shownMark = card.mark();
        }
    }
}
