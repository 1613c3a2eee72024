package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveAdherence;
import io.floorwatch.feed.LiveAgent;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One line of the floor table: an immutable picture of an agent, replaced whenever the agent changes.
 *
 * @param work      what the agent is working on, its cell texts made once here
 * @param adherence the agent's adherence to their schedule, its cell texts made once here
 * @param slot      the agent's number in the floor's model from one reload to the next, where the model keeps the
 *                  row's place in the table (not shown): a sorted floor moves rows on every pull, and finding each
 *                  row's place by its id cost more than the rest of the move
 */
public record FloorRow(
        String agentId,
        String name,
        String team,
        List<String> queues,
        List<String> skills,
        Activity activity,
        String presence,
        String routing,
        Instant since,
        long appliedNanos,
        String searchText,
        String pending,
        AgentWork work,
        AgentAdherence adherence,
        int slot) {

    /**
     * @param utilization what caps the agent's interactions, as far as it is known
     * @param adherence   the agent's adherence record as held, null when not known; a change of it is a change of
     *                    the row as much as the agent's own, so the later of the two is when the row changed
     */
    static FloorRow of(LiveAgent agent, Utilization utilization, LiveAdherence.Held adherence, int slot) {
        String queues = String.join(", ", agent.queues());
        return new FloorRow(agent.id(), agent.agent().name(), agent.agent().team(), agent.queues(), agent.skills(),
                agent.activity(), agent.state().presence().displayName(),
                agent.state().presence() == SystemPresence.ON_QUEUE ? routingLabel(agent) : "",
                agent.since(), adherence == null ? agent.appliedNanos()
                        : Math.max(agent.appliedNanos(), adherence.appliedNanos()),
                (agent.agent().name() + " " + agent.agent().email() + " " + agent.agent().team() + " " + queues)
                        .toLowerCase(Locale.ROOT), "", AgentWork.of(agent, utilization), AgentAdherence.of(adherence == null ? null : adherence.adherence()),
                slot);
    }

    /**
     * The row with a note of a change sent for the agent that the feed has not shown yet ("Break pending"), or
     * that it did not show in time; empty for none.
     */
    FloorRow withPending(String note) {
        return note.equals(pending) ? this : new FloorRow(agentId, name, team, queues, skills, activity, presence,
                routing, since, appliedNanos, searchText, note, work, adherence, slot);
    }

    private static String routingLabel(LiveAgent agent) {
        String name = agent.state().routingStatus().name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String queuesText() {
        return String.join(", ", queues);
    }
}
