package io.floorwatch.monitor;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.config.AlertSettings;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.QueueSample;
import io.floorwatch.domain.QueueSnapshot;
import io.floorwatch.domain.RoutingQueue;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveAgent;
import io.floorwatch.feed.LiveState;
import io.floorwatch.history.AlertHistory;
import io.floorwatch.history.HistoryWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The alert service: follows the live state through its change log on a thread of its own, feeds the
 * {@link AlertEngine}, stores every change of every alert in history, and tells listeners. Supervisors act on
 * alerts through it (acknowledge, snooze, note) from any thread. Reading the active alerts takes no lock.
 */
public final class AlertMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AlertMonitor.class);

    private final LiveState live;
    private final Supplier<Collection<QueueSample>> queueSamples;
    private final HistoryWriter history;
    private final AlertHistory stored;
    private final Clock clock;
    private final Duration tick;
    private final AlertEngine engine;
    private final List<Consumer<AlertEvent>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    /** Events made while the engine's lock is held; told to listeners once it is released. */
    private final List<AlertEvent> pending = new ArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Alerts raised by other checks (configuration drift), by key; guarded by the engine's lock. */
    private final Map<String, Alert> raisedElsewhere = new LinkedHashMap<>();
    private volatile List<Alert> activeNow = List.of();
    private volatile AlertSettings settings;
    private long seq;
    private long epoch = Long.MIN_VALUE;

    /**
     * @param queueSamples the latest sample of each queue (for "idle while work waits")
     * @param stored       where alerts left open by an earlier run are found, to close them at start
     */
    public AlertMonitor(LiveState live, Supplier<Collection<QueueSample>> queueSamples, HistoryWriter history,
            AlertHistory stored, AlertSettings settings, Clock clock, Duration tick) {
        this.live = live;
        this.queueSamples = queueSamples;
        this.history = history;
        this.stored = stored;
        this.settings = settings;
        this.clock = clock;
        this.tick = tick;
        this.engine = new AlertEngine(settings.rules(), Duration.ofSeconds(settings.minDwellSeconds()),
                Duration.ofSeconds(settings.reopenSeconds()), () -> UUID.randomUUID().toString(), pending::add,
                clock.instant());
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("alert-monitor"));
    }

    /** Closes what an earlier run left open, then follows the floor every tick. */
    public AlertMonitor start() {
        thread.execute(this::closeLeftOpen);
        thread.scheduleWithFixedDelay(this::tickLogged, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void closeLeftOpen() {
        Instant now = clock.instant();
        try {
            List<Alert> open = stored.open();
            open.forEach(alert -> history.offer(alert.cleared(now)));
            if (!open.isEmpty()) {
                LOG.info("closed {} alerts an earlier run left open", open.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("alerts left open by an earlier run could not be closed: {}", e.getMessage(), e);
        }
    }

    private void tickLogged() {
        try {
            tick(clock.instant());
        } catch (RuntimeException e) {
            // A bad tick must not end the schedule (an uncaught exception would cancel it for good).
            LOG.error("alert tick failed", e);
        }
    }

    /** One step: what changed on the floor since the last, then what is due now. Public for tests and benchmarks. */
    public void tick(Instant now) {
        List<AlertEvent> events;
        synchronized (engine) {
            LiveState.Changes changes = live.changesSince(seq, epoch);
            seq = changes.seq();
            if (changes.reload() || changes.epoch() != epoch) {
                epoch = changes.epoch();
                reloadAll(now);
            } else {
                for (String id : changes.ids()) {
                    live.get(id).ifPresentOrElse(agent -> observe(agent, now), () -> engine.forget(id, now));
                }
            }
            // A silent source (a stopped collector) freezes the floor: what falls due after it went quiet would
            // be the silence's doing, not the agents', so the rules wait until it speaks again.
            engine.advance(live.asOf(now), waitingQueues());
            for (Alert alert : List.copyOf(raisedElsewhere.values())) {
                if (alert.status() == AlertStatus.SNOOZED && !now.isBefore(alert.snoozedUntil())) {
                    changeElsewhere(alert.reRaised(now), AlertEvent.Kind.RE_RAISED);
                }
            }
            events = drain();
        }
        tell(events);
    }

    private void reloadAll(Instant now) {
        Set<String> present = new HashSet<>();
        for (LiveAgent agent : live.all()) {
            present.add(agent.id());
            observe(agent, now);
        }
        for (String id : List.copyOf(engine.agentIds())) {
            if (!present.contains(id)) {
                engine.forget(id, now);
            }
        }
    }

    private void observe(LiveAgent agent, Instant now) {
        Instant quietUntil = live.adherence().scheduleOf(agent.id())
                .flatMap(schedule -> ScheduleQuiet.until(agent.activity(), schedule, now)).orElse(null);
        engine.observe(agent.agent(), agent.queues(), agent.activity(), agent.since(), quietUntil, now);
        engine.spells(agent.agent(), agent.queues(), spells(agent, live.utilizationOf(agent.id()),
                live.adherence().of(agent.id()).orElse(null)), now);
    }

    /**
     * What the rules can watch in the agent's interactions: each one connected (until after-call work), on hold,
     * or in after-call work; and, per media over the capacity their utilisation allows, being over it since the
     * interaction that took them over was connected. Nothing is over capacity while the org's setting is unknown.
     * Besides them, being out of adherence (since the adherence state changed) at the scheduled activity.
     *
     * @param adherence the agent's adherence, null when not known
     */
    static Map<String, AlertEngine.Spell> spells(LiveAgent agent, Utilization utilization, Adherence adherence) {
        List<Interaction> interactions = agent.interactions();
        boolean out = adherence != null && adherence.out();
        if (interactions.isEmpty() && !out) {
            return Map.of();
        }
        Map<String, AlertEngine.Spell> spells = new HashMap<>();
        if (out) {
            // Named by the scheduled activity: a rule for on-queue time is not a rule for a missed meeting.
            spells.put("adherence:" + adherence.scheduled().wireName(), new AlertEngine.Spell(
                    AlertCondition.OUT_OF_ADHERENCE, null, adherence.scheduled(), adherence.changedAt()));
        }
        if (interactions.isEmpty()) {
            return spells;
        }
        int[] counts = new int[MediaType.values().length];
        for (Interaction i : interactions) {
            counts[i.media().ordinal()]++;
            switch (i.phase()) {
                case CONNECTED -> spells.put("talk:" + i.conversationId(), new AlertEngine.Spell(
                        AlertCondition.LONG_INTERACTION, i.media(), i.connectedAt()));
                case HELD -> {
                    spells.put("talk:" + i.conversationId(), new AlertEngine.Spell(AlertCondition.LONG_INTERACTION,
                            i.media(), i.connectedAt()));
                    spells.put("hold:" + i.conversationId(), new AlertEngine.Spell(AlertCondition.LONG_HOLD,
                            i.media(), i.heldSince()));
                }
                case ACW -> spells.put("acw:" + i.conversationId(), new AlertEngine.Spell(AlertCondition.LONG_ACW,
                        i.media(), i.acwSince()));
            }
        }
        for (MediaType media : MediaType.values()) {
            if (utilization.over(media, counts[media.ordinal()])) {
                spells.put("capacity:" + media.wireName(), new AlertEngine.Spell(AlertCondition.OVER_CAPACITY,
                        media, overSince(interactions, media, utilization.capacity(media.wireName()))));
            }
        }
        return spells;
    }

    /** When the interaction that took the agent over the media's capacity was connected (oldest connected first). */
    private static Instant overSince(List<Interaction> interactions, MediaType media, int capacity) {
        int seen = 0;
        for (Interaction i : interactions) {
            if (i.media() == media && seen++ == capacity) {
                return i.connectedAt();
            }
        }
        throw new IllegalStateException("not over the capacity of " + capacity);
    }

    /** Names of the queues with interactions waiting, from the latest samples. */
    private Set<String> waitingQueues() {
        Map<String, RoutingQueue> directory = live.queues();
        Set<String> names = new HashSet<>();
        for (QueueSample sample : queueSamples.get()) {
            QueueSnapshot snapshot = sample.snapshot();
            if (hasWorkWaiting(snapshot)) {
                RoutingQueue queue = directory.get(snapshot.queueId());
                if (queue != null) {
                    names.add(queue.settings().name());
                }
            }
        }
        return names;
    }

    /** Waiting when the source counts interactions waiting; else when the longest (or upstream) wait is above 0. */
    static boolean hasWorkWaiting(QueueSnapshot snapshot) {
        if (snapshot.waiting() != null) {
            return snapshot.waiting() > 0;
        }
        if (snapshot.longestWaitSeconds() != null) {
            return snapshot.longestWaitSeconds() > 0;
        }
        return snapshot.waitTimeSeconds() > 0;
    }

    /** Acknowledges an active alert: it stays until the state ends, without rising again. */
    public Alert acknowledge(String alertId, String by, String note) {
        return act(() -> elsewhere(alertId).map(a -> changeElsewhere(a.acknowledged(by, note, clock.instant()),
                AlertEvent.Kind.ACKNOWLEDGED)).orElseGet(() -> engine.acknowledge(alertId, by, note, clock.instant())));
    }

    /** Snoozes an active alert: it rises again when the snooze ends if the agent is still in the state. */
    public Alert snooze(String alertId, Duration length, String by, String note) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a snooze must last more than 0 minutes");
        }
        return act(() -> {
            Instant now = clock.instant();
            return elsewhere(alertId).map(a -> changeElsewhere(a.snoozed(now.plus(length), by, note, now),
                    AlertEvent.Kind.SNOOZED)).orElseGet(() -> engine.snooze(alertId, now.plus(length), by, note, now));
        });
    }

    /** Sets the note of an active alert, or of a past one (stored as a new version of it). */
    public Alert note(Alert alert, String note) {
        if (alert.status().active()) {
            return act(() -> elsewhere(alert.id()).map(a -> changeElsewhere(a.withNote(note, clock.instant()),
                    AlertEvent.Kind.NOTED)).orElseGet(() -> engine.note(alert.id(), note, clock.instant())));
        }
        Alert noted = alert.withNote(note, clock.instant());
        history.offer(noted);
        tell(List.of(new AlertEvent(noted, AlertEvent.Kind.NOTED)));
        return noted;
    }

    private Alert act(Supplier<Alert> action) {
        Alert result;
        List<AlertEvent> events;
        synchronized (engine) {
            try {
                result = action.get();
            } finally {
                events = drain();
            }
        }
        tell(events);
        return result;
    }

    /**
     * Raises an alert that no agent rule makes (the drift check's, the queue alerts'), stored and told like the others; a key that
     * is already active is left as it is.
     */
    public void raise(String key, AlertCondition condition, String subject, String category, String detail) {
        raise(key, condition, subject, category, detail, null);
    }

    /**
     * The same, for what has held since {@code since} (a queue red for a while): the alert's time in the state
     * counts from then, not from the raise. Null for now.
     */
    public void raise(String key, AlertCondition condition, String subject, String category, String detail,
            Instant since) {
        act(() -> {
            if (raisedElsewhere.containsKey(key)) {
                return raisedElsewhere.get(key);
            }
            Instant now = clock.instant();
            Alert alert = new Alert(UUID.randomUUID().toString(), key, subject, category, detail, condition, 0,
                    since == null ? now : since, now, AlertStatus.RAISED, null, null, null, null, null, 0, now);
            raisedElsewhere.put(key, alert);
            pending.add(new AlertEvent(alert, AlertEvent.Kind.RAISED));
            return alert;
        });
    }

    /** Clears the alerts raised by {@link #raise} of {@code condition} whose keys are not in {@code stillTrue}. */
    public void clearRaised(AlertCondition condition, Set<String> stillTrue) {
        act(() -> {
            Instant now = clock.instant();
            for (Alert alert : List.copyOf(raisedElsewhere.values())) {
                if (alert.condition() == condition && !stillTrue.contains(alert.agentId())) {
                    raisedElsewhere.remove(alert.agentId());
                    pending.add(new AlertEvent(alert.cleared(now), AlertEvent.Kind.CLEARED));
                }
            }
            return null;
        });
    }

    private Optional<Alert> elsewhere(String alertId) {
        return raisedElsewhere.values().stream().filter(a -> a.id().equals(alertId)).findFirst();
    }

    private Alert changeElsewhere(Alert changed, AlertEvent.Kind kind) {
        raisedElsewhere.put(changed.agentId(), changed);
        pending.add(new AlertEvent(changed, kind));
        return changed;
    }

    /** New rules, debounce, sound or webhook: deadlines are worked out again at once. */
    public void reconfigure(AlertSettings newSettings) {
        settings = newSettings;
        synchronized (engine) {
            engine.reconfigure(newSettings.rules(), Duration.ofSeconds(newSettings.minDwellSeconds()),
                    Duration.ofSeconds(newSettings.reopenSeconds()), clock.instant());
        }
    }

    public AlertSettings settings() {
        return settings;
    }

    /** The active alerts, oldest raised first; a snapshot, read without a lock. */
    public List<Alert> active() {
        return activeNow;
    }

    /** Tells {@code listener} of every alert change from now on, on the monitor's thread; close to stop. */
    public AutoCloseable subscribe(Consumer<AlertEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** How many agents the engine follows and how many deadlines it holds (for the status line and the bench). */
    public String describe() {
        synchronized (engine) {
            return engine.trackedAgents() + " agents followed, " + engine.pendingDeadlines() + " deadlines, "
                    + activeNow.size() + " alerts active";
        }
    }

    private List<AlertEvent> drain() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<AlertEvent> events = List.copyOf(pending);
        pending.clear();
        // The engine keeps its active alerts in the order they rose: a copy, no sort (O(active) per tick with news).
        if (raisedElsewhere.isEmpty()) {
            activeNow = List.copyOf(engine.active());
        } else {
            List<Alert> all = new ArrayList<>(engine.active());
            all.addAll(raisedElsewhere.values());
            activeNow = List.copyOf(all);
        }
        for (AlertEvent event : events) {
            history.offer(event.alert());
        }
        return events;
    }

    private void tell(List<AlertEvent> events) {
        for (AlertEvent event : events) {
            for (Consumer<AlertEvent> listener : listeners) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    LOG.warn("an alert listener failed on {}: {}", event.kind(), e.getMessage(), e);
                }
            }
        }
    }

    /**
     * Stops following the floor; the alerts still active are stored as cleared now, since nobody watches them
     * any more (a later run raises them again if the states still hold).
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        DaemonThreads.stop(thread, 5);
        Instant now = clock.instant();
        synchronized (engine) {
            for (Alert alert : engine.active()) {
                history.offer(alert.cleared(now));
            }
            for (Alert alert : raisedElsewhere.values()) {
                history.offer(alert.cleared(now));
            }
        }
    }
}
