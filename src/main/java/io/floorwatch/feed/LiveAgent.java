package io.floorwatch.feed;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agent as the floor shows it now.
 *
 * @param queues       names of the queues the agent is a member of (filled in after the first seed)
 * @param skills       names of the agent's routing skills
 * @param interactions the interactions the agent is handling now, oldest connection first
 * @param ended        conversations that ended for the agent lately, with when: a change older than that end is
 *                     stale (notifications can arrive out of order)
 * @param appliedNanos {@link System#nanoTime()} when this version was applied (for change-to-screen latency)
 */
public record LiveAgent(Agent agent, AgentState state, List<String> queues, List<String> skills,
        List<Interaction> interactions, Map<String, Instant> ended, long appliedNanos) {
    /** How many ended conversations an agent remembers: enough for every late event of the last few minutes. */
    static final int ENDED_KEPT = 16;

    public LiveAgent {
        queues = List.copyOf(queues);
        skills = List.copyOf(skills);
        interactions = List.copyOf(interactions);
        ended = Map.copyOf(ended);
    }

    public LiveAgent(Agent agent, AgentState state, List<String> queues, List<String> skills, long appliedNanos) {
        this(agent, state, queues, skills, List.of(), Map.of(), appliedNanos);
    }

    public String id() {
        return agent.id();
    }

    public Activity activity() {
        return Activity.of(state);
    }

    /** Since when the agent has been doing what {@link #activity()} says. */
    public Instant since() {
        return Activity.since(state);
    }

    /** The agent's interactions of one media. */
    public long count(MediaType media) {
        return interactions.stream().filter(i -> i.media() == media).count();
    }

    /** The interaction the floor shows for the agent: the one connected most recently, else the latest in ACW. */
    public Optional<Interaction> current() {
        return interactions.stream().max(Comparator.comparing((Interaction i) -> i.phase() != Interaction.Phase.ACW)
                .thenComparing(Interaction::connectedAt));
    }

    LiveAgent withState(AgentState newState, long nanos) {
        return new LiveAgent(agent, newState, queues, skills, interactions, ended, nanos);
    }

    LiveAgent withQueues(List<String> newQueues) {
        return new LiveAgent(agent, state, newQueues, skills, interactions, ended, appliedNanos);
    }

    LiveAgent withInteractions(List<Interaction> newInteractions, Map<String, Instant> newEnded, long nanos) {
        return new LiveAgent(agent, state, queues, skills, newInteractions, newEnded, nanos);
    }
}
