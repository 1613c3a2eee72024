package io.floorwatch.ui.floor;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The selected agent's live interactions and capacity, beside the floor: what they handle (media, queue, phase,
 * since when) and how many of each media they may take, from their own utilisation once it has been read, else the
 * org's (the figures and whose they are, on one line). Read from the live state only (memory), when the agent is
 * chosen and whenever the agent changes.
 */
final class WorkDetail {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LiveState live;
    private final ZoneId zone;
    private final ObservableList<InteractionLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper utilisation = new ReadOnlyStringWrapper(this, "utilisation", "");

    WorkDetail(LiveState live, ZoneId zone) {
        this.live = live;
        this.zone = zone;
    }

    /** Shows this agent's work now (none: nothing is shown). */
    void show(String agentId) {
        LiveAgent agent = agentId == null ? null : live.get(agentId).orElse(null);
        if (agent == null) {
            lines.clear();
            utilisation.set("");
            return;
        }
        Map<String, RoutingQueue> queues = live.queues();
        List<InteractionLine> now = new ArrayList<>(agent.interactions().size());
        for (Interaction interaction : agent.interactions()) {
            now.add(new InteractionLine(interaction, queueName(queues, interaction.queueId()),
                    CLOCK.format(interaction.connectedAt().atZone(zone))));
        }
        if (!lines.equals(now)) {
            lines.setAll(now);
        }
        Utilization utilization = live.utilizationOf(agentId);
        utilisation.set(utilisationText(utilization, !live.utilizationKnown(agentId)
                ? "the org's, until theirs is read" : utilization.agentOwn() ? "their own" : "the org's"));
    }

    private static String queueName(Map<String, RoutingQueue> queues, String queueId) {
        if (queueId == null) {
            return "No queue";
        }
        RoutingQueue queue = queues.get(queueId);
        return queue == null ? queueId : queue.settings().name();
    }

    /** "Utilisation: Voice 1, Chat 3 (the org's)": how many of each media the agent may take, and whose figures. */
    private static String utilisationText(Utilization utilization, String whose) {
        if (utilization.media().isEmpty()) {
            return "Utilisation: not known yet (the org's has not been read)";
        }
        List<String> each = new ArrayList<>();
        for (MediaType media : MediaType.values()) {
            if (utilization.media().containsKey(media.wireName())) {
                each.add(media.label() + " " + utilization.capacity(media.wireName()));
            }
        }
        return "Utilisation: " + String.join(", ", each) + " (" + whose + ")";
    }

    ObservableList<InteractionLine> lines() {
        return lines;
    }

    /** Each media's capacity and whose utilisation it is: "Utilisation: Voice 1, Chat 3 (their own)". */
    ReadOnlyStringProperty utilisationProperty() {
        return utilisation.getReadOnlyProperty();
    }
}
