package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.kafka.RosterCodec;
import io.floorwatch.kafka.RosterRecord;
import io.floorwatch.kafka.TopicSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The floor read from the collector's compacted roster topic ({@link RosterCodec}), from its beginning to the end
 * offsets taken when the read starts: agents with names, teams, skills, queues, states and interactions, and the
 * queue directory. No Genesys call, no credentials. A re-read after a gap applies the roster as events (what the
 * agent topic brought since is newer and kept), adds agents the floor lacks and drops those the roster no longer
 * lists.
 */
public final class RosterFloorSeed implements FloorSeed {
    private static final Logger LOG = LoggerFactory.getLogger(RosterFloorSeed.class);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(60);

    private final LiveState live;
    private final HistoryWriter history;
    private final TopicSnapshot reader;
    private final String topic;
    private final RosterCodec codec = new RosterCodec();

    /** @param topic the collector's roster topic, e.g. {@code floorwatch.agent-state.roster} */
    public RosterFloorSeed(LiveState live, HistoryWriter history, String bootstrapServers, String topic,
            Clock clock) {
        this.live = live;
        this.history = history;
        this.topic = topic;
        this.reader = new TopicSnapshot(bootstrapServers, clock);
    }

    /** What one read of the roster found, in the live state's terms. */
    private record Floor(List<RosterRecord.AgentEntry> agents, List<RoutingQueue> queues,
            Map<String, List<String>> queuesByAgent) {
    }

    private Collection<RosterRecord> read() {
        TopicSnapshot.Result<RosterRecord> result;
        try {
            result = reader.read(topic, "kafka-roster", codec, READ_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new Failed("Could not read the roster topic " + topic + ": " + e.getMessage(), e);
        }
        result.rejected().forEach(history::reject);
        if (!result.rejected().isEmpty()) {
            LOG.warn("{} roster records rejected, e.g. {}", result.rejected().size(),
                    result.rejected().get(0).reason());
        }
        if (!result.found()) {
            throw new Failed("No roster topic " + topic + " on Kafka (is a collector publishing a roster?)");
        }
        return result.latest().values();
    }

    private Floor floor(Collection<RosterRecord> records) {
        List<RosterRecord.AgentEntry> agents = new ArrayList<>();
        List<RoutingQueue> queues = new ArrayList<>();
        Map<String, List<String>> byAgent = new HashMap<>();
        for (RosterRecord record : records) {
            if (record instanceof RosterRecord.AgentEntry agent) {
                agents.add(agent);
                byAgent.put(agent.agent().id(), agent.queues());
            } else if (record instanceof RosterRecord.QueueEntry queue) {
                queues.add(queue.queue());
            }
        }
        if (agents.isEmpty()) {
            throw new Failed("The roster topic " + topic + " lists no agent yet (is its collector still reading "
                    + "the floor?)");
        }
        return new Floor(agents, queues, byAgent);
    }

    @Override
    public int first() {
        return replace(read());
    }

    /** Three ticks of the collector's roster: time for a change just before the read to reach the topic. */
    @Override
    public Duration settle() {
        return Collector.ROSTER_TICK.multipliedBy(3);
    }

    @Override
    public boolean again() {
        merge(read());
        return true;
    }

    /** Replaces the floor with the roster's (the first read). Returns how many agents. */
    int replace(Collection<RosterRecord> records) {
        Floor floor = floor(records);
        List<AgentSnapshot> seed = new ArrayList<>(floor.agents().size());
        List<AgentStateEvent> states = new ArrayList<>(floor.agents().size() * 2);
        for (RosterRecord.AgentEntry entry : floor.agents()) {
            seed.add(new AgentSnapshot(entry.agent(), entry.state(), entry.skills()));
            states.addAll(events(entry.state()));
        }
        live.reset(seed);
        live.setQueueDirectory(floor.queues());
        live.setQueues(floor.queuesByAgent());
        for (RosterRecord.AgentEntry entry : floor.agents()) {
            for (Interaction interaction : entry.interactions()) {
                live.apply(new InteractionEvent(entry.agent().id(), interaction, false, interaction.asOf()));
            }
        }
        history.offerAll(states);
        LOG.info("read {} agents and {} queues from the roster topic {}", seed.size(), floor.queues().size(), topic);
        return seed.size();
    }

    /** Applies the roster to the floor as events (a re-read): what the agent topic brought since is kept. */
    void merge(Collection<RosterRecord> records) {
        Floor floor = floor(records);
        int changed = 0;
        int added = 0;
        Set<String> listed = new HashSet<>();
        for (RosterRecord.AgentEntry entry : floor.agents()) {
            String id = entry.agent().id();
            listed.add(id);
            if (live.add(new AgentSnapshot(entry.agent(), entry.state(), entry.skills()))) {
                added++;
                entry.interactions().forEach(i -> live.apply(new InteractionEvent(id, i, false, i.asOf())));
                history.offerAll(events(entry.state()));
                continue;
            }
            for (AgentStateEvent event : events(entry.state())) {
                if (live.apply(event)) {
                    changed++;
                    history.offer(event);
                }
            }
            live.reconcile(id, entry.interactions(), entry.at()).forEach(history::offer);
        }
        int removed = 0;
        for (LiveAgent agent : List.copyOf(live.all())) {
            if (!listed.contains(agent.id()) && live.remove(agent.id())) {
                removed++;
            }
        }
        live.setQueueDirectory(floor.queues());
        live.setQueues(floor.queuesByAgent());
        LOG.info("re-read the roster topic {}: {} agents, {} states had moved on, {} added, {} removed", topic,
                floor.agents().size(), changed, added, removed);
    }

    /** The events a roster state stands for; a state without its "since" time says nothing to compare, so none. */
    private static List<AgentStateEvent> events(AgentState state) {
        List<AgentStateEvent> events = new ArrayList<>(2);
        if (state.presenceSince() != null) {
            events.add(AgentStateEvent.presence(state.agentId(), state.presence(), state.presenceDefinitionId(),
                    state.presenceSince()));
        }
        if (state.routingSince() != null) {
            events.add(AgentStateEvent.routing(state.agentId(), state.routingStatus(), state.routingSince()));
        }
        return events;
    }
}
