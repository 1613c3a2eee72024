package io.floorwatch.provisioning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The three-way difference of a stale queue edit, and what each choice saves. */
class QueueConflictTest {
    private static final Instant OPENED = Instant.parse("2026-12-05T08:00:00Z");

    private static Map<String, String> cells(String... columnsAndValues) {
        Map<String, String> cells = new HashMap<>();
        QueueCells.EDITABLE.forEach(c -> cells.put(c, ""));
        cells.put("name", "Billing");
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return cells;
    }

    private final QueueEdit opened = new QueueEdit("q1", OPENED, cells("description", "old", "acwTimeoutSeconds",
            "30", "alertingTimeoutSeconds", "8", "wrapupPrompt", "OPTIONAL"));
    private final Map<String, String> mine = cells("description", "mine", "acwTimeoutSeconds", "45",
            "alertingTimeoutSeconds", "8", "wrapupPrompt", "MANDATORY");
    private final QueueEdit theirs = new QueueEdit("q1", OPENED.plusSeconds(60), cells("description", "theirs",
            "acwTimeoutSeconds", "30", "alertingTimeoutSeconds", "12", "wrapupPrompt", "MANDATORY"));

    @Test
    void eachDifferingFieldIsClassedBySideThatChangedIt() {
        QueueConflict conflict = QueueConflict.between(opened, mine, theirs);

        assertThat(conflict.rows()).extracting(QueueConflict.Row::column).containsExactly("description",
                "wrapupPrompt", "acwTimeoutSeconds", "alertingTimeoutSeconds");
        assertThat(conflict.rows()).extracting(QueueConflict.Row::kind).containsExactly(QueueConflict.Kind.BOTH,
                QueueConflict.Kind.SAME, QueueConflict.Kind.MINE, QueueConflict.Kind.THEIRS);
        assertThat(conflict.conflicting()).extracting(QueueConflict.Row::column).containsExactly("description");
        assertThat(conflict.changedOutsideForm()).isFalse();
    }

    @Test
    void theMergeTakesEachSidesOwnChangesAndTheChoiceWhereBothChanged() {
        QueueConflict conflict = QueueConflict.between(opened, mine, theirs);

        Map<String, String> keepTheirs = conflict.merged(Map.of("description", QueueConflict.Side.THEIRS));
        Map<String, String> keepMine = conflict.merged(Map.of());

        assertThat(keepTheirs).containsEntry("description", "theirs").containsEntry("acwTimeoutSeconds", "45")
                .containsEntry("alertingTimeoutSeconds", "12").containsEntry("wrapupPrompt", "MANDATORY");
        assertThat(keepMine).as("no choice keeps what the supervisor typed").containsEntry("description", "mine")
                .containsEntry("alertingTimeoutSeconds", "12");
    }

    @Test
    void aNewModificationTimeWithNoFormFieldChangedSaysSo() {
        QueueEdit touched = new QueueEdit("q1", OPENED.plusSeconds(5), opened.cells());

        QueueConflict conflict = QueueConflict.between(opened, mine, touched);

        assertThat(conflict.changedOutsideForm()).isTrue();
        assertThat(conflict.rows()).extracting(QueueConflict.Row::kind).containsOnly(QueueConflict.Kind.MINE);
    }
}
