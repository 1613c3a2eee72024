package io.floorwatch.ui.floor;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.ui.common.Level;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which of an agent's interactions are long by the default thresholds (a call: 10 min handled, 2 min on hold or in
 * after-call work), which floor cell says so, and the tooltip's sentence.
 */
class WorkTintsTest {
    private static final Instant CONNECTED = Instant.parse("2026-12-01T09:00:00Z");
    private static final InteractionSettings DEFAULTS = InteractionSettings.defaults();

    private static AgentWork call(Instant held, Instant acw) {
        Interaction call = new Interaction("c1", MediaType.CALL, "q1", CONNECTED, held, acw, CONNECTED);
        return new AgentWork(List.of(call), call, "Voice 1/1", "", "Voice", CONNECTED, call.phase().shortLabel(),
                call.phase() == Interaction.Phase.CONNECTED ? null : call.phaseSince());
    }

    @Test
    void aHoldIsLongFromTheWholeSecondOfItsThresholdOnAndOnlyThePhaseCellSaysSo() {
        Instant held = CONNECTED.plusSeconds(60);
        AgentWork work = call(held, null);

        Instant justBefore = held.plusSeconds(119).plusMillis(999);
        assertThat(WorkTints.isLong(work, DEFAULTS, justBefore)).isFalse();
        assertThat(WorkTints.levelOf(WorkTints.Part.PHASE, work, DEFAULTS, justBefore)).isEqualTo(Level.OK);

        Instant atThreshold = held.plusSeconds(120);
        assertThat(WorkTints.isLong(work, DEFAULTS, atThreshold)).isTrue();
        assertThat(WorkTints.levelOf(WorkTints.Part.PHASE, work, DEFAULTS, atThreshold)).isEqualTo(Level.WARN);
        assertThat(WorkTints.levelOf(WorkTints.Part.NOW, work, DEFAULTS, atThreshold)).isEqualTo(Level.OK);
        assertThat(WorkTints.levelOf(WorkTints.Part.WORK, work, DEFAULTS, atThreshold)).isEqualTo(Level.OK);
        assertThat(WorkTints.of(work, DEFAULTS, atThreshold).why())
                .isEqualTo("Voice on hold 2:00: past the hold threshold (2:00, Settings > Interactions).");
    }

    @Test
    void aLongHandleIsTheNowCellsAndStillCountsWhileOnHold() {
        Instant tenMinutes = CONNECTED.plusSeconds(600);
        AgentWork talking = call(null, null);
        assertThat(WorkTints.isLong(talking, DEFAULTS, tenMinutes.minusSeconds(1))).isFalse();
        assertThat(WorkTints.levelOf(WorkTints.Part.NOW, talking, DEFAULTS, tenMinutes)).isEqualTo(Level.WARN);
        assertThat(WorkTints.levelOf(WorkTints.Part.PHASE, talking, DEFAULTS, tenMinutes)).isEqualTo(Level.OK);

        AgentWork heldBriefly = call(tenMinutes.minusSeconds(10), null);
        assertThat(WorkTints.isLong(heldBriefly, DEFAULTS, tenMinutes)).isTrue();
        assertThat(WorkTints.of(heldBriefly, DEFAULTS, tenMinutes).why()).startsWith("Voice handled 10:00: past the "
                + "handle threshold");
    }

    @Test
    void afterCallWorkIsJudgedByItsOwnThresholdAlone() {
        Instant acw = CONNECTED.plusSeconds(1200);
        AgentWork wrapping = call(null, acw);
        assertThat(WorkTints.isLong(wrapping, DEFAULTS, acw.plusSeconds(119))).as("handled 22 min, but in ACW")
                .isFalse();
        assertThat(WorkTints.levelOf(WorkTints.Part.NOW, wrapping, DEFAULTS, acw.plusSeconds(119)))
                .isEqualTo(Level.OK);
        assertThat(WorkTints.levelOf(WorkTints.Part.PHASE, wrapping, DEFAULTS, acw.plusSeconds(120)))
                .isEqualTo(Level.WARN);
    }

    @Test
    void overCapacityIsRedOnTheWorkCell() {
        Interaction one = new Interaction("c1", MediaType.CALL, "q1", CONNECTED, null, null, CONNECTED);
        Interaction two = new Interaction("c2", MediaType.CALL, "q1", CONNECTED, null, null, CONNECTED);
        AgentWork over = new AgentWork(List.of(one, two), two, "Voice 2/1", "Voice 2 of 1", "Voice", CONNECTED,
                "Connected", null);
        assertThat(WorkTints.levelOf(WorkTints.Part.WORK, over, DEFAULTS, CONNECTED)).isEqualTo(Level.ALERT);
        assertThat(WorkTints.of(over, DEFAULTS, CONNECTED).why())
                .isEqualTo("Over capacity: Voice 2 of 1 (the agent's utilisation).");
        assertThat(WorkTints.levelOf(WorkTints.Part.WORK, AgentWork.NONE, DEFAULTS, CONNECTED)).isEqualTo(Level.OK);
    }
}
