package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.CollectorHeartbeat;
import io.floorwatch.domain.FeedHealth;
import io.floorwatch.domain.Share;
import io.floorwatch.domain.ShareLayout;
import io.floorwatch.kafka.AgentStateCodec;
import io.floorwatch.kafka.ShareGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A collector of a share group ({@code collect --shares}): it joins the group ({@link ShareGroup}), and for each
 * share Kafka gives it runs a {@link Collector} of that share, with a floor of its own, which it closes when the
 * share is taken away; holding none, it is a standby and says so in its heartbeats, ready to take over the share
 * of a collector that stops. A share taken over is read and subscribed afresh: the new owner publishes the share's
 * states as REST has them, with Genesys' own "since" times, so the states the old owner already published come
 * again with the same (agent, kind, time) and history, keyed on exactly that, keeps one row of each.
 */
public final class ShareMember implements AgentStateFeed, ShareGroup.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ShareMember.class);

    private final ShareLayout layout;
    private final ShareGroup group;
    private final CollectorOf collectorOf;
    private final Map<Integer, Collector> running = new ConcurrentSkipListMap<>();
    private final SendsHeartbeat standby;
    private final Clock clock;
    private final Duration heartbeat;
    private final String name;
    private final CompletableFuture<Void> firstRead = new CompletableFuture<>();
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("collector-standby"));

    /**
     * What the last read of the directory found wrong with the list's coverage (agents in no share, or in several),
     * or empty: shown in this collector's status and heartbeats until a read finds the list covers the org once.
     */
    private volatile String coverage = "";

    /** Makes the collector of one share of the list. */
    @FunctionalInterface
    public interface CollectorOf {
        /**
         * @param index     the share's place in the list
         * @param live      the share's own floor
         * @param directory to be told of the whole directory at each read of the share
         * @return the share's collector, not started
         */
        Collector of(int index, LiveState live, DirectoryWatch directory);
    }

    /** Sends one heartbeat record (the standby's) on the agent topic. */
    @FunctionalInterface
    public interface SendsHeartbeat {
        void send(String key, byte[] value);
    }

    /**
     * @param collectorOf makes the collector of share {@code i} of the layout on a floor of its own (not started)
     * @param standby     sends the standby's heartbeats (the publisher, owned by the caller)
     */
    public ShareMember(ShareLayout layout, ShareGroupSettings settings, String name, Clock clock,
            Duration heartbeat, CollectorOf collectorOf, SendsHeartbeat standby) {
        this.layout = layout;
        this.name = name;
        this.clock = clock;
        this.heartbeat = heartbeat;
        this.collectorOf = collectorOf;
        this.standby = standby;
        this.group = new ShareGroup(settings.bootstrap(), settings.controlTopic(),
                layout.shares().stream().map(Share::label).toList(), name, settings.sessionTimeout(), this);
    }

    /** Where the group meets and how soon it gives a silent member's shares away. */
    public record ShareGroupSettings(String bootstrap, String controlTopic, Duration sessionTimeout) {
    }

    /** The control topic that goes with an agent topic: {@code floorwatch.agent-state.shares}. */
    public static String controlTopicOf(String agentTopic) {
        return agentTopic + ".shares";
    }

    @Override
    public void start() {
        group.start();
        beats.scheduleAtFixedRate(this::standbyBeat, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void standbyBeat() {
        if (running.isEmpty()) {
            standby.send(AgentStateCodec.HEARTBEAT_KEY + name, new AgentStateCodec().encode(new CollectorHeartbeat(
                    name, clock.instant(), 0, problems(group.problem(), coverage), CollectorHeartbeat.STANDBY)));
            // A standby has read all it needs: nothing.
            firstRead.complete(null);
        }
    }

    @Override
    public void taken(Set<Integer> shares) {
        for (int index : shares) {
            Collector collector = collectorOf.of(index, new LiveState(), this::directoryRead);
            running.put(index, collector);
            collector.start();
            collector.firstRead().thenRun(() -> firstRead.complete(null));
            LOG.info("collector {} follows share {} ({})", name, index, layout.get(index).label());
        }
    }

    @Override
    public void released(Set<Integer> shares) {
        for (int index : shares) {
            Collector collector = running.remove(index);
            if (collector != null) {
                collector.close();
                LOG.info("collector {} stopped following share {} ({})", name, index, layout.get(index).label());
            }
        }
    }

    /**
     * Checks the list against the directory a share's collector just read: every agent must be in exactly one
     * share. A gap (agents no collector follows) or an overlap (agents two publish) is said in this collector's
     * status and heartbeats, and logged once each time what is wrong changes.
     */
    void directoryRead(List<Agent> everyone) {
        String found = layout.coverage(everyone).problem();
        String said = found.isEmpty() ? "" : "the share list does not cover the org once: " + found;
        if (!said.equals(coverage)) {
            if (said.isEmpty()) {
                LOG.info("collector {}: the share list now covers the org once", name);
            } else {
                LOG.warn("collector {}: {}", name, said);
            }
            coverage = said;
        }
    }

    private static String problems(String... problems) {
        return Stream.of(problems).filter(p -> !p.isEmpty()).collect(Collectors.joining(" · "));
    }

    /** The labels of the shares this collector follows now (empty: a standby). */
    public List<String> following() {
        return running.keySet().stream().map(i -> layout.get(i).label()).toList();
    }

    @Override
    public CompletionStage<Void> firstRead() {
        return firstRead.copy();
    }

    /** Every share it follows together, and which they are. */
    @Override
    public FeedHealth health() {
        List<FeedHealth> all = running.values().stream().map(Collector::health).toList();
        String shares = running.isEmpty() ? "standby (no share of " + layout.size() + ")"
                : "share" + (running.size() == 1 ? " " : "s ") + String.join(", ", following());
        String problem = problems(Stream.concat(Stream.of(group.problem(), coverage),
                all.stream().map(FeedHealth::problem)).toArray(String[]::new));
        Instant lastHeartbeat = all.stream().map(FeedHealth::lastHeartbeat).filter(i -> i != null)
                .max(Instant::compareTo).orElse(null);
        return new FeedHealth(shares + (all.isEmpty() ? "" : "; " + all.stream().map(FeedHealth::source)
                .collect(Collectors.joining("; "))), all.stream().mapToInt(FeedHealth::agents).sum(),
                all.stream().mapToInt(FeedHealth::channelsOpen).sum(),
                all.stream().mapToInt(FeedHealth::channelsNeeded).sum(),
                all.stream().mapToInt(FeedHealth::topics).sum(),
                all.stream().mapToDouble(FeedHealth::eventsPerSecond).sum(), lastHeartbeat,
                all.stream().mapToLong(FeedHealth::reconnects).sum(),
                all.stream().mapToLong(FeedHealth::lagMillis).max().orElse(0),
                all.stream().mapToLong(FeedHealth::rejected).sum(), problem);
    }

    /** Leaves the group first (its shares go to the others at once), then stops what it followed. */
    @Override
    public void close() {
        beats.shutdownNow();
        group.close(); // the consumer's close revokes the shares: released() closes their collectors
        released(Set.copyOf(running.keySet()));
    }
}
