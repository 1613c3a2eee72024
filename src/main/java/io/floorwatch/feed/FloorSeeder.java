package io.floorwatch.feed;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.InteractionEvent;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Share;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the floor over REST, for every agent-state feed: the first seed (which replaces the live state), the
 * re-seed after a reconnect (applied as events, so what moved on since is kept), and queue membership. Every
 * state the seed reports is also offered to history and to the tap (the collector publishes it, so desktops get
 * the corrections a re-seed finds). A collector's floor holds only its share of the org.
 */
final class FloorSeeder {
    private static final Logger LOG = LoggerFactory.getLogger(FloorSeeder.class);

    private final GenesysGateway gateway;
    private final LiveState live;
    private final HistoryWriter history;
    private final Clock clock;
    private final FeedTap tap;
    private final Share share;
    private final DirectoryWatch directory;

    FloorSeeder(GenesysGateway gateway, LiveState live, HistoryWriter history, Clock clock,
            FeedTap tap) {
        this(gateway, live, history, clock, tap, Share.ALL, DirectoryWatch.NONE);
    }

    /**
     * @param share     the agents this floor holds: a collector's share of the org, or all of it
     * @param directory told of the whole directory at each read, before the share is kept
     */
    FloorSeeder(GenesysGateway gateway, LiveState live, HistoryWriter history, Clock clock,
            FeedTap tap, Share share, DirectoryWatch directory) {
        this.share = share;
        this.directory = directory;
        this.gateway = gateway;
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.tap = tap;
    }

    /**
     * The agents of this floor's share as REST reports them now. Genesys lists users by no team or division, so
     * every page is read and the share kept here: N collectors read the directory N times, a few hundred calls a
     * day at 50,000 agents, which is cheap next to what they save in channels.
     */
    private List<AgentSnapshot> read() {
        List<AgentSnapshot> all = gateway.allUsers();
        directory.read(all.stream().map(AgentSnapshot::agent).toList());
        return share == Share.ALL ? all : all.stream().filter(s -> share.takes(s.agent())).toList();
    }

    /** Replaces the live state with every agent of the share as REST reports them now. */
    List<AgentSnapshot> first() {
        List<AgentSnapshot> seed = read();
        live.reset(seed);
        Instant now = clock.instant();
        List<AgentStateEvent> events = new ArrayList<>(seed.size() * 2);
        for (AgentSnapshot snapshot : seed) {
            events.addAll(AgentStateEvent.of(snapshot.state(), now));
        }
        history.offerAll(events);
        tap.states(events);
        return seed;
    }

    /** Reads every agent again and applies what moved on; returns how many states changed. */
    int again() {
        List<AgentSnapshot> seed = read();
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
        tap.states(events);
        LOG.info("re-read {} agents; {} states had moved on", seed.size(), changed);
        interactions(seed);
        return changed;
    }

    /**
     * Reads what every agent is handling in the org's queues (conversation activity) and brings the live
     * interactions in line: ended ones go, missing ones come, and as many per media as the agent's conversation
     * summary says are in after-call work are shown so (the oldest; when it began is not in the read, so "since"
     * is the read's time). The org's utilisation comes with it. A refusal (a role without the analytics or
     * utilisation permission) is logged and leaves the interactions to the notifications.
     *
     * @param seed the agents as the latest read found them (their summaries say who is in after-call work)
     */
    void interactions(List<AgentSnapshot> seed) {
        Instant now = clock.instant();
        try {
            live.setOrgUtilization(gateway.utilizations().org());
        } catch (GenesysException e) {
            LOG.warn("the org's utilisation could not be read: {}", e.describe());
        }
        List<String> queueIds = new ArrayList<>(live.queues().keySet());
        if (queueIds.isEmpty()) {
            return;
        }
        Map<String, List<Interaction>> found;
        try {
            found = gateway.conversations().interacting(queueIds, now);
        } catch (GenesysException e) {
            LOG.warn("the agents' interactions could not be read: {}", e.describe());
            return;
        }
        Map<String, Map<MediaType, Integer>> acw = new HashMap<>();
        seed.forEach(s -> acw.put(s.agent().id(), s.afterCallWork()));
        List<InteractionEvent> changes = new ArrayList<>();
        for (LiveAgent agent : live.all()) {
            List<Interaction> handling = inAfterCallWork(found.getOrDefault(agent.id(), List.of()),
                    acw.getOrDefault(agent.id(), Map.of()), now);
            changes.addAll(live.reconcile(agent.id(), handling, now));
        }
        changes.forEach(history::offer);
        tap.interactions(changes);
        LOG.info("read {} agents' interactions; {} changes", found.size(), changes.size());
    }

    private static List<Interaction> inAfterCallWork(List<Interaction> found, Map<MediaType, Integer> acw,
            Instant now) {
        if (acw.isEmpty()) {
            return found;
        }
        List<Interaction> marked = new ArrayList<>(found);
        marked.sort(Comparator.comparing(Interaction::connectedAt));
        Map<MediaType, Integer> left = new EnumMap<>(acw);
        for (int i = 0; i < marked.size(); i++) {
            Interaction one = marked.get(i);
            int n = left.getOrDefault(one.media(), 0);
            if (n > 0) {
                marked.set(i, new Interaction(one.conversationId(), one.media(), one.queueId(), one.connectedAt(),
                        null, now, one.asOf()));
                left.put(one.media(), n - 1);
            }
        }
        return marked;
    }

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
