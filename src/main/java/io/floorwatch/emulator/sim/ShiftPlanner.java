package io.floorwatch.emulator.sim;

import io.floorwatch.domain.ActivityCategory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Plans an agent's shift for a simulated day, as a workforce planner publishes it: nine hours starting between
 * half past seven and eleven, a quarter-hour break about two hours in, a half-hour meal mid-shift and another
 * break about two hours before the end; one agent in four also has a meeting or an hour's training. The blocks are
 * contiguous, on-queue work filling the time between the others. The same seed, agent and day give the same plan.
 */
final class ShiftPlanner {
    static final double SHIFT_SECONDS = 9 * 3600;
    private static final double EARLIEST_START = 7.5 * 3600;
    private static final int START_SLOTS = 8;

    /** One block of a planned shift, in simulated seconds after midnight. */
    record Block(double start, double length, ActivityCategory category, String description) {
        double end() {
            return start + length;
        }
    }

    private final long seed;

    ShiftPlanner(long seed) {
        this.seed = seed;
    }

    List<Block> plan(int agentIndex, long day) {
        Random random = new Random(seed * 1_000_003L + agentIndex * 7_919L + day);
        double start = EARLIEST_START + random.nextInt(START_SLOTS) * 1800;
        List<Block> away = new ArrayList<>();
        away.add(new Block(start + quarters(random, 7, 9), 900, ActivityCategory.BREAK, "Break"));
        away.add(new Block(start + quarters(random, 16, 19), 1800, ActivityCategory.MEAL, "Lunch"));
        away.add(new Block(start + quarters(random, 27, 29), 900, ActivityCategory.BREAK, "Break"));
        double extra = random.nextDouble();
        if (extra < 0.125) {
            away.add(new Block(start + quarters(random, 11, 13), 1800, ActivityCategory.MEETING, "Team meeting"));
        } else if (extra < 0.25) {
            away.add(new Block(start + quarters(random, 22, 23), 3600, ActivityCategory.TRAINING, "Product training"));
        }
        away.sort(Comparator.comparingDouble(Block::start));
        List<Block> blocks = new ArrayList<>();
        double at = start;
        for (Block block : away) {
            if (block.start() > at) {
                blocks.add(new Block(at, block.start() - at, ActivityCategory.ON_QUEUE_WORK, ""));
            }
            blocks.add(block);
            at = block.end();
        }
        double end = start + SHIFT_SECONDS;
        if (end > at) {
            blocks.add(new Block(at, end - at, ActivityCategory.ON_QUEUE_WORK, ""));
        }
        return blocks;
    }

    /** A moment {@code from} to {@code to} quarter hours into the shift, on a quarter hour. */
    private static double quarters(Random random, int from, int to) {
        return (from + random.nextInt(to - from + 1)) * 900.0;
    }
}
