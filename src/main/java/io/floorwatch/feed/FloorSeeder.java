package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the floor over REST, for every agent-state feed: the first seed (which replaces the live state), the
 * re-seed after a reconnect (applied as events, so what moved on since is kept), and queue membership. Every
 * state the seed reports is also offered to history and to the tap (the collector publishes it, so desktops get
 * the corrections a re-seed finds).
 */
final class FloorSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(FloorSeeder.class);

    private final GenesysGateway gateway;
    private final LiveState live;
    private final HistoryWriter history;
    private final Clock clock;
    private final Consumer<List<AgentStateEvent>> tap;

    FloorSeeder(GenesysGateway gateway, LiveState live, HistoryWriter history, Clock clock,
            Consumer<List<AgentStateEvent>> tap) {
        this.gateway = gateway;
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.tap = tap;
    }

    /** Replaces the live state with every agent as REST reports them now. */
    List<AgentSnapshot> first() {
        List<AgentSnapshot> seed = gateway.allUsers();
        live.reset(seed);
        Instant now = clock.instant();
        List<AgentStateEvent> events = new ArrayList<>(seed.size() * 2);
        for (AgentSnapshot snapshot : seed) {
            events.addAll(AgentStateEvent.of(snapshot.state(), now));
        }
        history.offerAll(events);
        tap.accept(events);
        return seed;
    }

    /** Reads every agent again and applies what moved on; returns how many states changed. */
    int again() {
        List<AgentSnapshot> seed = gateway.allUsers();
        Instant now = clock.instant();
        int changed = 0;
        List<AgentStateEvent> events = new ArrayList<>(seed.size() * 2);
        for (AgentSnapshot snapshot : seed) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            for (AgentStateEvent event : AgentStateEvent.of(snapshot.state(), now)) {
                if (live.apply(event)) {
                    changed++;
                }
                history.offer(event);
                events.add(event);
            }
        }
        tap.accept(events);
        LOG.info("re-read {} agents; {} states had moved on", seed.size(), changed);
        return changed;
    }

    /** The queue directory, and queue names per agent from each queue's member list. */
    /** Reads who is in which queue; false (logged) when Genesys refused, so the caller can try again later. */
    boolean queues() {
        try {
            List<RoutingQueue> all = gateway.allQueues();
            Map<String, List<String>> byAgent = new HashMap<>();
            for (RoutingQueue queue : all) {
                for (QueueMember member : gateway.queueMembers(queue.id())) {
                    byAgent.computeIfAbsent(member.userId(), k -> new ArrayList<>()).add(queue.settings().name());
                }
            }
            byAgent.values().forEach(names -> names.sort(String.CASE_INSENSITIVE_ORDER));
            live.setQueueDirectory(all);
            live.setQueues(byAgent);
            LOG.info("queue membership read for {} agents in {} queues", byAgent.size(), all.size());
            return true;
        } catch (GenesysException e) {
            LOG.warn("queue membership could not be read: {}", e.describe());
            return false;
        }
    }
}
