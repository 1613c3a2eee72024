package io.floorwatch.kafka;

import io.floorwatch.domain.Agent;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.RoutingQueue;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the collector's compacted roster topic carries (see {@link RosterCodec}): the latest snapshot of each agent
 * and of each queue of the directory, and the tombstone of one that is gone.
 */
public sealed interface RosterRecord {
    /** The record's key on the topic: the user id, or {@code queue:} and the queue id. */
    String key();

    /**
     * One agent as the collector's floor holds them.
     *
     * @param queues       names of the queues the agent is a member of
     * @param skills       names of the agent's routing skills
     * @param interactions what the agent is handling, oldest connection first
     * @param at           when the collector wrote the snapshot
     */
    record AgentEntry(Agent agent, AgentState state, List<String> queues, List<String> skills,
            List<Interaction> interactions, Instant at) implements RosterRecord {
        public AgentEntry {
            Objects.requireNonNull(agent, "agent");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(at, "at");
            queues = List.copyOf(queues);
            skills = List.copyOf(skills);
            interactions = List.copyOf(interactions);
        }

        @Override
        public String key() {
            return agent.id();
        }
    }

    /** One queue of the org's directory, with what the queues screen and thresholds read of its settings. */
    record QueueEntry(RoutingQueue queue, Instant at) implements RosterRecord {
        public QueueEntry {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String key() {
            return RosterCodec.QUEUE_KEY + queue.id();
        }
    }

    /** A tombstone: the agent is no longer in the org (or no longer seen by the collector). */
    record AgentGone(String agentId) implements RosterRecord {
        @Override
        public String key() {
            return agentId;
        }
    }

    /** A tombstone: the queue is no longer in the directory. */
    record QueueGone(String queueId) implements RosterRecord {
        @Override
        public String key() {
            return RosterCodec.QUEUE_KEY + queueId;
        }
    }
}
