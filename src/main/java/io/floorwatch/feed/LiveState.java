package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.domain.Utilization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The latest state of every agent (presence, routing status, the interactions they handle) and the utilisation
 * that caps those interactions, written by feeds (from several socket threads at once) and read without locks by
 * everyone else. Each change is numbered in a bounded change log so a screen can pick up just what
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
    /** The org's utilisation (empty until read: every capacity then reads 0, "not known"). */
    private volatile Utilization orgUtilization = new Utilization(Map.of(), false);
    private final Map<String, Utilization> ownUtilization = new ConcurrentHashMap<>();
    /** Where a request for an agent's own utilisation goes (the feed reads it in the background). */
    private volatile Consumer<String> utilizationSource = agentId -> { };
    private final LiveAdherence adherence;

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
        this.adherence = new LiveAdherence(log::append);
    }

    /** Agents' real-time adherence and schedules; a change there counts as a change to the agent. */
    public LiveAdherence adherence() {
        return adherence;
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

    /**
     * Adds an agent the floor does not hold yet (a re-read found someone new); one already held is left as it is,
     * so what its events said since is kept. Returns true when it was added.
     */
    public boolean add(AgentSnapshot snapshot) {
        LiveAgent added = new LiveAgent(snapshot.agent(), snapshot.state(), List.of(), snapshot.skills(),
                System.nanoTime());
        boolean fresh = agents.putIfAbsent(snapshot.agent().id(), added) == null;
        if (fresh) {
            log.append(snapshot.agent().id());
        }
        return fresh;
    }

    /** Takes an agent off the floor (a re-read no longer lists them). Returns true when they were on it. */
    public boolean remove(String agentId) {
        boolean removed = agents.remove(agentId) != null;
        if (removed) {
            log.append(agentId);
        }
        return removed;
    }

    /** Empties the floor (disconnected). */
    public synchronized void clear() {
        agents.clear();
        ownUtilization.clear();
        adherence.clear();
        orgUtilization = new Utilization(Map.of(), false);
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

    /**
     * Applies one change to an agent's interactions. Returns true when it changed the agent: changes for unknown
     * agents, changes older than what is held for that conversation, and changes to a conversation that already
     * ended later are ignored.
     */
    public boolean apply(InteractionEvent event) {
        boolean[] changed = new boolean[1];
        long nanos = System.nanoTime();
        agents.computeIfPresent(event.agentId(), (id, current) -> {
            LiveAgent next = withInteraction(current, event, nanos);
            changed[0] = next != current;
            return next;
        });
        if (changed[0]) {
            log.append(event.agentId());
            if (!event.ended()) {
                checkCapacity(event.agentId(), event.interaction().media());
            }
        }
        return changed[0];
    }

    /** More of a media than the org's setting allows: the agent's own setting may allow it, so it is read. */
    private void checkCapacity(String agentId, MediaType media) {
        LiveAgent agent = agents.get(agentId);
        if (agent != null && !ownUtilization.containsKey(agentId)
                && orgUtilization.over(media, agent.count(media))) {
            requestUtilization(agentId);
        }
    }

    private static LiveAgent withInteraction(LiveAgent agent, InteractionEvent event, long nanos) {
        String id = event.conversationId();
        Instant endedAt = agent.ended().get(id);
        if (endedAt != null && !event.at().isAfter(endedAt)) {
            return agent; // it ended at or after this change
        }
        int index = indexOf(agent.interactions(), id);
        if (index >= 0 && event.at().isBefore(agent.interactions().get(index).asOf())) {
            return agent; // an older state than the one shown
        }
        if (!event.ended() && index >= 0 && agent.interactions().get(index).equals(event.interaction())) {
            return agent;
        }
        List<Interaction> held = new ArrayList<>(agent.interactions());
        if (event.ended()) {
            if (index >= 0) {
                held.remove(index);
            }
            return agent.withInteractions(held, remember(agent.ended(), id, event.at()), nanos);
        }
        if (index >= 0) {
            held.set(index, event.interaction());
        } else {
            held.add(event.interaction());
            held.sort(Comparator.comparing(Interaction::connectedAt));
        }
        return agent.withInteractions(held, agent.ended(), nanos);
    }

    private static int indexOf(List<Interaction> interactions, String conversationId) {
        for (int i = 0; i < interactions.size(); i++) {
            if (interactions.get(i).conversationId().equals(conversationId)) {
                return i;
            }
        }
        return -1;
    }

    /** The ended conversations with this one added, the oldest forgotten beyond {@link LiveAgent#ENDED_KEPT}. */
    private static Map<String, Instant> remember(Map<String, Instant> ended, String id, Instant at) {
        Map<String, Instant> next = new HashMap<>(ended);
        next.put(id, at);
        while (next.size() > LiveAgent.ENDED_KEPT) {
            next.entrySet().stream().min(Map.Entry.comparingByValue()).ifPresent(e -> next.remove(e.getKey()));
        }
        return next;
    }

    /**
     * What a REST read found the agent handling as of {@code asOf} (a seed after a reconnect): interactions not in
     * it that were last heard of before then ended meanwhile; ones missing are added, unless heard of since or
     * already ended by a notification (analytics lag behind); one the read says is in after-call work is moved there.
     * Returns the changes it made, as events (for history and the collector).
     */
    public List<InteractionEvent> reconcile(String agentId, List<Interaction> found, Instant asOf) {
        LiveAgent agent = agents.get(agentId);
        if (agent == null) {
            return List.of();
        }
        List<InteractionEvent> changes = new ArrayList<>();
        for (Interaction shown : agent.interactions()) {
            // The read covers the queues' interactions; one that came through no queue it cannot see.
            if (shown.queueId() != null && indexOf(found, shown.conversationId()) < 0 && shown.asOf().isBefore(asOf)) {
                changes.add(new InteractionEvent(agentId, shown, true, asOf));
            }
        }
        for (Interaction read : found) {
            if (agent.ended().containsKey(read.conversationId())) {
                continue; // the notifications said it ended; the read (analytics lag behind) has not caught up
            }
            int index = indexOf(agent.interactions(), read.conversationId());
            if (index < 0) {
                changes.add(new InteractionEvent(agentId, read, false, asOf));
                continue;
            }
            // A read knows whether an interaction is in after-call work (the summary), not whether it is on hold:
            // it moves one into after-call work, and otherwise leaves what the notifications said.
            Interaction shown = agent.interactions().get(index);
            if (read.phase() == Interaction.Phase.ACW && shown.phase() != Interaction.Phase.ACW
                    && shown.asOf().isBefore(asOf)) {
                changes.add(new InteractionEvent(agentId, new Interaction(shown.conversationId(), shown.media(),
                        shown.queueId(), shown.connectedAt(), null, read.acwSince(), asOf), false, asOf));
            }
        }
        changes.removeIf(change -> !apply(change)); // a notification that came in meanwhile knows better
        return changes;
    }

    /**
     * The org's utilisation: what "count against capacity" reads for every agent without their own. Every row's
     * capacity changes with it, so readers are told to reload.
     */
    public synchronized void setOrgUtilization(Utilization utilization) {
        if (utilization.equals(orgUtilization)) {
            return;
        }
        orgUtilization = utilization;
        epoch++;
        log.append("");
    }

    /** An agent's own utilisation, read when it mattered (their detail, a count over the org's). */
    public void setAgentUtilization(String agentId, Utilization utilization) {
        ownUtilization.put(agentId, utilization);
        if (agents.containsKey(agentId)) {
            log.append(agentId);
        }
    }

    /** Where requests for agents' own utilisation go; the feed that can read them sets it. */
    public void setUtilizationSource(Consumer<String> source) {
        utilizationSource = source;
    }

    /** Asks for the agent's own utilisation, unless it is known; it arrives in the background. */
    public void requestUtilization(String agentId) {
        if (!ownUtilization.containsKey(agentId)) {
            utilizationSource.accept(agentId);
        }
    }

    /** What applies to the agent as far as is known: their own setting once read, else the org's. */
    public Utilization utilizationOf(String agentId) {
        Utilization own = ownUtilization.get(agentId);
        return own != null ? own : orgUtilization;
    }

    /** Whether the agent's own utilisation has been read (else {@link #utilizationOf} is the org's). */
    public boolean utilizationKnown(String agentId) {
        return ownUtilization.containsKey(agentId);
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
