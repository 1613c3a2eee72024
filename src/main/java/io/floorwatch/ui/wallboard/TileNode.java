package io.floorwatch.ui.wallboard;

import io.floorwatch.domain.QueueGrade;
import io.floorwatch.ui.common.Durations;
import io.floorwatch.ui.common.Percents;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Duration;

/**
 * One queue tile, kept and filled again each second: the name, the waiting count large, then the longest wait and
 * the service level in their grade's colour, and how many of the agents on queue are available. A grade is said in words as well as colour
 * ("SL 62 % below 70 %"), so a colour-blind supervisor reads it too.
 */
final class TileNode extends VBox {
    private final Label name = new Label();
    private final Label waiting = new Label();
    private final Label longest = new Label();
    private final Label serviceLevel = new Label();
    private final Label staff = new Label();
    private QueueGrade shownGrade;

    TileNode() {
        getStyleClass().add("wb-tile");
        name.getStyleClass().add("wb-tile-name");
        waiting.getStyleClass().addAll("wb-tile-big", "wb-figure");
        Label waitingWord = new Label("waiting");
        waitingWord.getStyleClass().add("wb-tile-label");
        HBox big = new HBox(8, waiting, waitingWord);
        big.setAlignment(Pos.BASELINE_LEFT);
        longest.getStyleClass().add("wb-figure");
        serviceLevel.getStyleClass().add("wb-figure");
        staff.getStyleClass().add("wb-tile-staff");
        getChildren().addAll(name, big, longest, serviceLevel, staff);
    }

    void show(QueueTile tile) {
        setId("wb-tile-" + tile.queueId());
        name.setText(tile.name());
        waiting.setText(tile.waiting() == null ? Percents.UNKNOWN : String.format("%,d", tile.waiting()));
        grade(waiting, tile.waitingGrade());
        longest.setText("Longest " + (tile.longestWaitSeconds() == null ? Percents.UNKNOWN
                : Durations.compact(Duration.ofSeconds(Math.round(tile.longestWaitSeconds()))))
                + worded(tile.longestWaitGrade()));
        grade(longest, tile.longestWaitGrade());
        serviceLevel.setText("SL " + Percents.of(tile.serviceLevel()) + "  target " + Percents.of(
                tile.thresholds().serviceLevelTarget()) + worded(tile.serviceLevelGrade()));
        grade(serviceLevel, tile.serviceLevelGrade());
        // Short enough for the tile at the smallest text: "7 of 125 available" (idle of those on queue).
        staff.setText(count(tile.available()) + " of " + count(tile.onQueue()) + " available");
        QueueGrade grade = tile.grade();
        if (grade != shownGrade) {
            getStyleClass().removeIf(c -> c.startsWith("wb-grade-"));
            getStyleClass().add("wb-grade-" + grade.name());
            shownGrade = grade;
        }
    }

    private static String worded(QueueGrade grade) {
        return switch (grade) {
            case GREEN -> "";
            case AMBER -> "  (high)";
            case RED -> "  (red)";
        };
    }

    private static String count(Integer value) {
        return value == null ? Percents.UNKNOWN : String.format("%,d", value);
    }

    private static void grade(Label label, QueueGrade grade) {
        String wanted = "wb-grade-" + grade.name();
        if (!label.getStyleClass().contains(wanted)) {
            label.getStyleClass().removeIf(c -> c.startsWith("wb-grade-"));
            label.getStyleClass().add(wanted);
        }
    }
}
