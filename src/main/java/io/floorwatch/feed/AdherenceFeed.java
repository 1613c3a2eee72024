package io.floorwatch.feed;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.ActivityCode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.GenesysException;
import io.floorwatch.domain.ManagementUnit;
import io.floorwatch.domain.RejectedMessage;
import io.floorwatch.genesys.ChannelPool;
import io.floorwatch.genesys.ChannelPoolSettings;
import io.floorwatch.genesys.GenesysGateway;
import io.floorwatch.genesys.NotificationDecoder;
import io.floorwatch.genesys.Workforce;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Real-time adherence from Genesys (wire notes, "Workforce management and adherence"): reads the management units,
 * their activity codes, their agents' schedules from yesterday to tomorrow and each unit's adherence, then follows
 * one adherence topic per unit. Every record goes to the live adherence and to history. After a reconnect (missed
 * notifications are not replayed) the adherence and schedules are read again; schedules also every
 * {@code scheduleEvery}, since a planner may republish them during the day. A read that fails is tried again,
 * waiting longer each time; what was already shown stays.
 */
public final class AdherenceFeed implements ChannelPool.Listener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AdherenceFeed.class);
    private static final Duration FIRST_RETRY = RetryLater.FIRST;

    /** How the feed is doing; cheap to read. */
    public record Health(int units, int agents, int topics, int channelsOpen, Instant lastRead, long changes,
            long rereads, long rejected, String problem) {
    }

    private final Workforce workforce;
    private final LiveAdherence live;
    private final HistoryWriter history;
    private final Clock clock;
    private final Duration scheduleEvery;
    private final ChannelPool pool;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean resyncQueued = new AtomicBoolean();
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong rereads = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile List<ManagementUnit> units = List.of();
    private volatile Map<String, List<String>> agentsByUnit = Map.of();
    private volatile Map<String, ActivityCode> codes = Map.of();
    private volatile Instant lastRead;
    private volatile boolean started;
    private volatile String problem = "";

    public AdherenceFeed(GenesysGateway gateway, ChannelPoolSettings channels, Clock clock, LiveAdherence live,
            HistoryWriter history, Duration scheduleEvery) {
        this.workforce = gateway.workforce();
        this.live = live;
        this.history = history;
        this.clock = clock;
        this.scheduleEvery = scheduleEvery;
        this.pool = new ChannelPool(gateway, new NotificationDecoder(clock), channels, clock, this);
        this.worker = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("feed-adherence"));
    }

    /** Reads everything once, subscribes, and keeps the schedules fresh; returns at once. */
    public AdherenceFeed start() {
        worker.execute(() -> begin(FIRST_RETRY));
        return this;
    }

    private void begin(Duration retry) {
        try {
            readUnits();
            readSchedules();
            readAdherence();
            started = true;
            problem = "";
            pool.startTopics(units.stream().map(u -> ChannelPool.adherenceTopicOf(u.id())).toList());
            LOG.info("following the adherence of {} management units ({} agents)", units.size(),
                    agentsByUnit.values().stream().mapToInt(List::size).sum());
            long every = scheduleEvery.toMillis();
            worker.scheduleWithFixedDelay(this::refreshSchedules, every, every, TimeUnit.MILLISECONDS);
        } catch (GenesysException e) {
            if (e.status() == 403 || e.status() == 404) {
                // Not allowed, or no workforce management here: asking again will not change that.
                problem = "Adherence: " + e.describe();
                LOG.warn("adherence not followed: {}", e.describe());
                return;
            }
            problem = "Adherence: " + e.describe() + "; trying again in " + retry.toSeconds() + " s";
            LOG.warn("adherence did not start: {}; trying again in {} s", e.describe(), retry.toSeconds());
            later(() -> begin(longer(retry)), retry);
        }
    }

    private void readUnits() {
        List<ManagementUnit> read = workforce.managementUnits();
        Map<String, ActivityCode> allCodes = new HashMap<>();
        for (String businessUnit : read.stream().map(ManagementUnit::businessUnitId).filter(id -> !id.isEmpty())
                .distinct().toList()) {
            workforce.activityCodes(businessUnit).forEach(code -> allCodes.put(code.id(), code));
        }
        Map<String, List<String>> agents = new HashMap<>();
        for (ManagementUnit unit : read) {
            agents.put(unit.id(), workforce.agentsOf(unit.id()));
        }
        units = List.copyOf(read);
        codes = Map.copyOf(allCodes);
        agentsByUnit = Map.copyOf(agents);
    }

    /** Yesterday's start to tomorrow's end (UTC days), so a night shift across midnight is whole. */
    private void readSchedules() {
        Instant today = clock.instant().atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        Instant from = today.minus(Duration.ofDays(1));
        Instant to = today.plus(Duration.ofDays(2));
        for (ManagementUnit unit : units) {
            List<AgentSchedule> read = workforce.schedules(unit.id(), agentsByUnit.getOrDefault(unit.id(),
                    List.of()), from, to, codes);
            live.putSchedules(read);
        }
    }

    private void readAdherence() {
        for (ManagementUnit unit : units) {
            workforce.adherence(unit.id()).forEach(this::take);
        }
        lastRead = clock.instant();
    }

    private void refreshSchedules() {
        try {
            readSchedules();
        } catch (GenesysException e) {
            // What was read before stays on screen; the next refresh tries again.
            LOG.warn("re-reading schedules failed: {}", e.describe());
            problem = "Adherence: re-reading schedules failed: " + e.describe();
        }
    }

    @Override
    public void adherence(Adherence record) {
        take(record);
    }

    private void take(Adherence record) {
        if (live.apply(record)) {
            changes.incrementAndGet();
            history.offer(record, clock.instant());
        }
    }

    @Override
    public void events(List<AgentStateEvent> events) {
        // this pool follows adherence topics only
    }

    @Override
    public void rejected(RejectedMessage message) {
        rejected.incrementAndGet();
        LOG.warn("rejected an adherence notification: {}", message.reason());
        history.reject(message);
    }

    /** A channel came back: what changed while it was down is read again (coalesced: one read for many). */
    @Override
    public void resync() {
        if (!started || !resyncQueued.compareAndSet(false, true)) {
            return;
        }
        worker.execute(() -> reread(FIRST_RETRY));
    }

    private void reread(Duration retry) {
        resyncQueued.set(false);
        try {
            readAdherence();
            readSchedules();
            rereads.incrementAndGet();
            problem = "";
        } catch (GenesysException e) {
            problem = "Adherence: re-reading after a reconnect failed: " + e.describe() + "; trying again in "
                    + retry.toSeconds() + " s";
            LOG.warn("adherence re-read failed: {}; trying again in {} s", e.describe(), retry.toSeconds());
            if (resyncQueued.compareAndSet(false, true)) {
                later(() -> reread(longer(retry)), retry);
            }
        }
    }

    /** The activity codes read, by id. */
    public Map<String, ActivityCode> activityCodes() {
        return codes;
    }

    public Health health() {
        ChannelPool.Health channels = pool.health();
        String shown = !problem.isEmpty() ? problem : channels.problem();
        return new Health(units.size(), agentsByUnit.values().stream().mapToInt(List::size).sum(), channels.topics(),
                channels.channelsOpen(), lastRead, changes.get(), rereads.get(), rejected.get(), shown);
    }

    private static Duration longer(Duration retry) {
        return RetryLater.longer(retry);
    }

    private void later(Runnable step, Duration wait) {
        RetryLater.after(worker, wait, step, LOG, "the adherence read");
    }

    @Override
    public void close() {
        pool.close();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
