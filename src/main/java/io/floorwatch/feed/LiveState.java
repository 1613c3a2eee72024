package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest state of every agent, written by feeds (from several socket threads at once) and read without
 * locks by everyone else. Each change is numbered in a bounded change log so a screen can pick up just what
 * changed since its last look. An event older than what is already known for that kind is stale and ignored,
 * which makes REST re-seeds and replays safe to apply at any time.
 */
public final class LiveState {
    private final Map<String, LiveAgent> agents = new ConcurrentHashMap<>();
    private final ChangeLog log;
    private volatile long epoch;
    private volatile Map<String, RoutingQueue> queues = Map.of();
    /** When the floor's source went silent (a collector that stopped sending), or null while it is live. */
    private volatile Instant staleSince;

    /**
     * What changed since a reader last looked.
     *
     * @param epoch  bumped when the whole floor is replaced (another org, a first seed)
     * @param seq    pass this back next time
     * @param ids    agents that changed
     * @param reload the reader fell behind the log (or the epoch changed): reload everything
     */
    public record Changes(long epoch, long seq, Set<String> ids, boolean reload) {
    }

    public LiveState() {
        this(1 << 16);
    }

    public LiveState(int changeLogCapacity) {
        this.log = new ChangeLog(changeLogCapacity);
    }

    /**
     * Marks the floor's data as of {@code since}: its source went silent, so what it shows may be old. Times in
     * state stop claiming to be live there, and no alert rises that only the silence would cause.
     */
    public void markStale(Instant since) {
        staleSince = since;
    }

    /** The source speaks again. */
    public void markLive() {
        staleSince = null;
    }

    /** Since when the floor's data may be old, or empty while its source is live. */
    public Optional<Instant> staleSince() {
        return Optional.ofNullable(staleSince);
    }

    /** The moment the floor's data is good for: now, or when its source went silent. */
    public Instant asOf(Instant now) {
        Instant stale = staleSince;
        return stale != null && stale.isBefore(now) ? stale : now;
    }

    /** Replaces the floor with a fresh seed (a new connection). */
    public synchronized void reset(List<AgentSnapshot> seed) {
        agents.clear();
        long now = System.nanoTime();
        for (AgentSnapshot snapshot : seed) {
            agents.put(snapshot.agent().id(), new LiveAgent(snapshot.agent(), snapshot.state(), List.of(),
                    snapshot.skills(), now));
        }
        epoch++;
        log.append("");
    }

    /** Empties the floor (disconnected). */
    public synchronized void clear() {
        agents.clear();
        queues = Map.of();
        epoch++;
        log.append("");
    }

    /**
     * Applies one event. Returns true when it changed the agent: events for unknown agents and events older
     * than the state already held are ignored.
     */
    public boolean apply(AgentStateEvent event) {
        boolean[] changed = new boolean[1];
        long nanos = System.nanoTime();
        agents.computeIfPresent(event.agentId(), (id, current) -> {
            AgentState state = current.state();
            AgentState next = event.kind() == StateKind.PRESENCE ? presence(state, event) : routing(state, event);
            if (next == state) {
                return current;
            }
            changed[0] = true;
            return current.withState(next, nanos);
        });
        if (changed[0]) {
            log.append(event.agentId());
        }
        return changed[0];
    }

    private static AgentState presence(AgentState state, AgentStateEvent event) {
        if (isStale(state.presenceSince(), event.at())) {
            return state;
        }
        SystemPresence presence = SystemPresence.valueOf(event.state());
        if (presence == state.presence() && event.at().equals(state.presenceSince())) {
            return state;
        }
        return new AgentState(state.agentId(), presence, event.definitionId(), event.at(), state.routingStatus(),
                state.routingSince());
    }

    private static AgentState routing(AgentState state, AgentStateEvent event) {
        if (isStale(state.routingSince(), event.at())) {
            return state;
        }
        RoutingStatus status = RoutingStatus.valueOf(event.state());
        if (status == state.routingStatus() && event.at().equals(state.routingSince())) {
            return state;
        }
        return new AgentState(state.agentId(), state.presence(), state.presenceDefinitionId(),
                state.presenceSince(), status, event.at());
    }

    private static boolean isStale(Instant known, Instant incoming) {
        return known != null && incoming.isBefore(known);
    }

    /** Sets the agents' queue names (membership arrives after the first seed). */
    public void setQueues(Map<String, List<String>> queuesByAgent) {
        queuesByAgent.forEach((id, queues) -> {
            boolean[] changed = new boolean[1];
            agents.computeIfPresent(id, (key, current) -> {
                if (current.queues().equals(queues)) {
                    return current;
                }
                changed[0] = true;
                return current.withQueues(queues);
            });
            if (changed[0]) {
                log.append(id);
            }
        });
    }

    /** The org's routing queues by id, read with the membership. */
    public void setQueueDirectory(Collection<RoutingQueue> all) {
        Map<String, RoutingQueue> byId = new HashMap<>();
        all.forEach(queue -> byId.put(queue.id(), queue));
        queues = Map.copyOf(byId);
    }

    /** A queue just created here joins the directory at once, so screens name it before the next full read. */
    public void addQueue(RoutingQueue queue) {
        Map<String, RoutingQueue> byId = new HashMap<>(queues);
        byId.put(queue.id(), queue);
        queues = Map.copyOf(byId);
    }

    public Map<String, RoutingQueue> queues() {
        return queues;
    }

    public Optional<LiveAgent> get(String agentId) {
        return Optional.ofNullable(agents.get(agentId));
    }

    public Collection<LiveAgent> all() {
        return agents.values();
    }

    public int size() {
        return agents.size();
    }

    public long epoch() {
        return epoch;
    }

    /** The number to pass to the first {@link #changesSince(long, long)}. */
    public long head() {
        return log.head();
    }

    public Changes changesSince(long seq, long seenEpoch) {
        long current = epoch;
        Changes changes = log.since(seq, current);
        if (seenEpoch != current) {
            return new Changes(current, changes.seq(), Set.of(), true);
        }
        return changes;
    }
}
