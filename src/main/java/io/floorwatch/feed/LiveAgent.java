package io.floorwatch.feed;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;

import java.time.Instant;
import java.util.List;

/**
 * An agent as the floor shows it now.
 *
 * @param queues       names of the queues the agent is a member of (filled in after the first seed)
 * @param skills       names of the agent's routing skills
 * @param appliedNanos {@link System#nanoTime()} when this version was applied (for change-to-screen latency)
 */
public record LiveAgent(Agent agent, AgentState state, List<String> queues, List<String> skills,
        long appliedNanos) {
    public LiveAgent {
        queues = List.copyOf(queues);
        skills = List.copyOf(skills);
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

    LiveAgent withState(AgentState newState, long nanos) {
        return new LiveAgent(agent, newState, queues, skills, nanos);
    }

    LiveAgent withQueues(List<String> newQueues) {
        return new LiveAgent(agent, state, newQueues, skills, appliedNanos);
    }
}
