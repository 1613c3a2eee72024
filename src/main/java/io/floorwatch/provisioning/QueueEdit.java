package io.floorwatch.provisioning;

import java.time.Instant;
import java.util.Map;

/**
 * A queue as an edit opened it: its modification time and its cells ({@link QueueCells}), what a save checks the
 * queue against before it writes.
 */
public record QueueEdit(String queueId, Instant dateModified, Map<String, String> cells) {
    public QueueEdit {
        cells = Map.copyOf(cells);
    }

    public String name() {
        return cells.getOrDefault("name", queueId);
    }
}
