package io.floorwatch.emulator.sim;

import io.floorwatch.domain.ActivityCategory;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The planned shifts: nine contiguous hours from 07:30 to 11:00, with their breaks and meal, the same each time. */
class ShiftPlannerTest {
    private final ShiftPlanner planner = new ShiftPlanner(11);

    @Test
    void aShiftIsNineContiguousHoursWithTwoBreaksAndAMeal() {
        for (int agent = 0; agent < 200; agent++) {
            List<ShiftPlanner.Block> blocks = planner.plan(agent, 0);
            double start = blocks.get(0).start();
            assertThat(start).as("starts between 07:30 and 11:00").isBetween(7.5 * 3600, 11.0 * 3600);
            assertThat(blocks.get(blocks.size() - 1).end() - start).isEqualTo(ShiftPlanner.SHIFT_SECONDS);
            for (int i = 1; i < blocks.size(); i++) {
                assertThat(blocks.get(i).start()).as("agent %d block %d follows the one before", agent, i)
                        .isEqualTo(blocks.get(i - 1).end());
            }
            assertThat(blocks).filteredOn(b -> b.category() == ActivityCategory.BREAK).hasSize(2)
                    .allSatisfy(b -> assertThat(b.length()).isEqualTo(900));
            assertThat(blocks).filteredOn(b -> b.category() == ActivityCategory.MEAL).hasSize(1)
                    .allSatisfy(b -> assertThat(b.length()).isEqualTo(1800));
            assertThat(blocks.get(0).category()).isEqualTo(ActivityCategory.ON_QUEUE_WORK);
            assertThat(blocks.get(blocks.size() - 1).category()).isEqualTo(ActivityCategory.ON_QUEUE_WORK);
        }
    }

    @Test
    void someAgentsHaveAMeetingOrTrainingAndPlansRepeatForTheSameSeedAgentAndDay() {
        long withExtra = IntStream.range(0, 400).filter(agent -> planner.plan(agent, 0).stream()
                .anyMatch(b -> b.category() == ActivityCategory.MEETING
                        || b.category() == ActivityCategory.TRAINING)).count();
        assertThat(withExtra).as("about one agent in four").isBetween(60L, 140L);
        assertThat(new ShiftPlanner(11).plan(7, 3)).isEqualTo(planner.plan(7, 3));
        assertThat(planner.plan(7, 4)).as("another day, another plan").isNotEqualTo(planner.plan(7, 3));
    }
}
