package io.floorwatch.ui.wallboard;

import io.floorwatch.config.InteractionSettings;
import io.floorwatch.config.QueueThresholdSettings;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.QueueFeedHealth;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.feed.LiveAgent;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the wallboard reads, each a read of memory: the window gives it the app's live state, a kiosk started from
 * Kafka alone gives it the Kafka runtime's. Called on the FX thread once a second, so none may block.
 *
 * @param agents       every agent on the floor now
 * @param queues       the queue directory, by id
 * @param samples      each queue's latest metrics
 * @param alerts       the active alerts
 * @param thresholds   the queue thresholds as saved now
 * @param interactions when an interaction counts as long, as saved now
 * @param staleSince   when the agent source went silent, empty while it speaks
 * @param problem      what is wrong with the feeds in a sentence, empty when nothing is
 */
public record WallboardSources(Supplier<Collection<LiveAgent>> agents, Supplier<Map<String, RoutingQueue>> queues,
        Supplier<Collection<QueueSample>> samples, Supplier<List<Alert>> alerts,
        Supplier<QueueThresholdSettings> thresholds, Supplier<InteractionSettings> interactions,
        Supplier<Optional<Instant>> staleSince, Supplier<String> problem) {
    /** What the board says is wrong with the feeds: the agent feed's problem, else the queue feed's, else none. */
    public static String problemOf(FeedHealth agents, QueueFeedHealth queues) {
        if (agents != null && !agents.problem().isEmpty()) {
            return agents.problem();
        }
        return queues == null ? "" : queues.problem();
    }
}
