package io.floorwatch.monitor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Agent;
import io.floorwatch.domain.Alert;
import io.floorwatch.domain.AlertCondition;
import io.floorwatch.domain.AlertRule;
import io.floorwatch.domain.AlertStatus;
import io.floorwatch.domain.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The alert logic, without threads or clocks of its own: told each agent's state as it changes and the time as
 * it passes, it raises an alert when a rule's threshold passes, clears it when the state ends, and carries each
 * alert through acknowledge, snooze and re-raise. Each state change costs O(log n) (one deadline moved); a tick
 * costs O(log n) per deadline that is due. Not thread-safe: {@link AlertMonitor} owns it.
 *
 * <p>Debounce: nothing rises before the state has held for the minimum dwell, and an alert that cleared less than
 * the reopen window ago comes back as the same alert (quietly) when the agent returns to the state, so an agent
 * flapping between two states does not produce a storm.
 *
 * <p>Besides each agent's state it follows their spells ({@link Spell}): each interaction connected, on hold or in
 * after-call work, and being over capacity, each with deadlines of its own; a spell ends when it is no longer named.
 *
 * <p>States already under way when the engine starts: a rule whose threshold had passed by then raises nothing
 * for that spell (the supervisor opening the console is not told at once of twenty breaks that began before;
 * the floor's tints show them). A rule whose threshold passes after the start raises as usual.
 */
final class AlertEngine {
    /**
     * A spell of something about an agent that a rule can watch: an interaction connected, a hold, after-call
     * work, or being over capacity in a media (with its {@code media}); or being out of adherence (with the
     * {@code scheduled} activity's category).
     */
    record Spell(AlertCondition condition, MediaType media, ActivityCategory scheduled, Instant since) {
        /** A spell of an interaction or of capacity. */
        Spell(AlertCondition condition, MediaType media, Instant since) {
            this(condition, media, null, since);
        }
    }

    /** What the engine knows of one agent's state, or of one of their spells. */
    private static final class Tracked {
        /** The agent's id for their state; the agent's id, "|" and the spell's name for a spell. */
        String key;
        /** For a spell: what it is and the media; null for the agent's state. */
        AlertCondition condition;
        MediaType media;
        ActivityCategory scheduled;
        /** For the agent's state: no rule falls due before this (the state is what the schedule says). */
        Instant quietUntil;
        Agent agent;
        List<String> queues;
        Activity activity;
        Instant since;
        /** The rules for this spell, shortest threshold first; {@code next} is the one whose deadline is set. */
        List<AlertRule> candidates = List.of();
        int next;
        /** Its threshold passed, but none of the agent's queues had work waiting yet. */
        AlertRule waitingForQueue;
        String alertId;
    }

    private final Map<String, Tracked> agents = new HashMap<>();
    /** The spells by key: the agent's id, "|" and the spell's name. */
    private final Map<String, Tracked> spells = new HashMap<>();
    /** The names of each agent's spells, for agents that have any. */
    private final Map<String, Set<String>> spellsOf = new HashMap<>();
    private final DeadlineQueue deadlines = new DeadlineQueue();
    /** In the order the alerts rose (a new version of an alert keeps its place). */
    private final Map<String, Alert> active = new LinkedHashMap<>();
    /** Cleared alerts by agent and condition, kept for the reopen window. */
    private final Map<String, Alert> recentlyCleared = new HashMap<>();
    private final Set<String> waitingForQueue = new HashSet<>();
    /** The active alerts whose rule asks for no toast (kept with the alert: a snooze's re-raise stays quiet). */
    private final Set<String> quiet = new HashSet<>();
    private final Supplier<String> ids;
    private final Consumer<AlertEvent> sink;
    private final Instant startedAt;
    private RuleBook rules;
    private Duration minDwell;
    private Duration reopenWindow;
    private Instant lastPrune = Instant.EPOCH;

    /** @param startedAt spells begun before this whose thresholds passed before it raise nothing */
    AlertEngine(List<AlertRule> rules, Duration minDwell, Duration reopenWindow, Supplier<String> ids,
            Consumer<AlertEvent> sink, Instant startedAt) {
        this.startedAt = startedAt;
        this.rules = new RuleBook(rules);
        this.minDwell = minDwell;
        this.reopenWindow = reopenWindow;
        this.ids = ids;
        this.sink = sink;
    }

    /**
     * The agent's state now. A new activity (or a new spell of the same one) ends the previous spell, clearing
     * its alert, and sets the deadline of the first rule that applies.
     *
     * @param since when the agent entered the activity; null means now
     */
    void observe(Agent agent, List<String> queues, Activity activity, Instant since, Instant now) {
        observe(agent, queues, activity, since, null, now);
    }

    /**
     * As above, with the rules held back until {@code quietUntil} (null: not held): the agent is doing what their
     * schedule says, so a scheduled break is not a long break until it runs past its scheduled end.
     */
    void observe(Agent agent, List<String> queues, Activity activity, Instant since, Instant quietUntil,
            Instant now) {
        Tracked tracked = follow(agents.get(agent.id()), agent.id(), agent, queues, activity, null,
                new Spell(null, null, null, since == null ? now : since), now);
        if (!Objects.equals(tracked.quietUntil, quietUntil)) {
            tracked.quietUntil = quietUntil;
            if (tracked.alertId == null) {
                arm(tracked, now);
            }
        }
        agents.put(agent.id(), tracked);
    }

    /**
     * The agent's spells now, by name ("talk:{conversation}", "hold:{conversation}", ...): a spell no longer named
     * ends (clearing its alert), a new one or one begun again is armed like a state, others stay as they are.
     */
    void spells(Agent agent, List<String> queues, Map<String, Spell> now, Instant at) {
        Set<String> names = spellsOf.get(agent.id());
        if (names == null) {
            if (now.isEmpty()) {
                return; // most changes: an agent with no interaction, before and after
            }
            names = new HashSet<>();
            spellsOf.put(agent.id(), names);
        }
        names.removeIf(name -> {
            if (now.containsKey(name)) {
                return false;
            }
            endSpell(spells.remove(spellKey(agent.id(), name)), at);
            return true;
        });
        for (Map.Entry<String, Spell> entry : now.entrySet()) {
            String key = spellKey(agent.id(), entry.getKey());
            Spell spell = entry.getValue();
            spells.put(key, follow(spells.get(key), key, agent, queues, null, spell.condition(), spell, at));
            names.add(entry.getKey());
        }
        if (names.isEmpty()) {
            spellsOf.remove(agent.id());
        }
    }

    /**
     * Brings what is known of a state or spell up to what is seen now. The same spell (same activity or
     * condition, media and start) keeps its deadlines, with the agent and queues refreshed, re-armed when they
     * changed and nothing is raised; a different one ends the spell before it, clearing its alert, and is armed.
     */
    private Tracked follow(Tracked tracked, String key, Agent agent, List<String> queues, Activity activity,
            AlertCondition condition, Spell spell, Instant now) {
        MediaType media = spell.media();
        Instant since = spell.since();
        if (tracked != null && tracked.activity == activity && tracked.condition == condition
                && tracked.media == media && tracked.scheduled == spell.scheduled() && tracked.since.equals(since)) {
            if (!tracked.queues.equals(queues) || !tracked.agent.equals(agent)) {
                tracked.agent = agent;
                tracked.queues = queues;
                if (tracked.alertId == null) {
                    arm(tracked, now);
                }
            }
            return tracked;
        }
        if (tracked == null) {
            tracked = new Tracked();
            tracked.key = key;
        } else {
            endSpell(tracked, since.isAfter(now) ? now : since);
        }
        tracked.agent = agent;
        tracked.queues = queues;
        tracked.activity = activity;
        tracked.condition = condition;
        tracked.media = media;
        tracked.scheduled = spell.scheduled();
        tracked.since = since;
        tracked.quietUntil = null;
        arm(tracked, now);
        return tracked;
    }

    private static String spellKey(String agentId, String spellName) {
        return agentId + '|' + spellName;
    }

    /** The agent left the floor (another org, a removed user): their alerts clear. */
    void forget(String agentId, Instant now) {
        Tracked tracked = agents.remove(agentId);
        if (tracked != null) {
            endSpell(tracked, now);
        }
        for (String name : spellsOf.getOrDefault(agentId, Set.of())) {
            endSpell(spells.remove(spellKey(agentId, name)), now);
        }
        spellsOf.remove(agentId);
    }

    private Tracked tracked(String key) {
        Tracked tracked = agents.get(key);
        return tracked != null ? tracked : spells.get(key);
    }

    /** The agents known, for a caller that must find who left. */
    Set<String> agentIds() {
        return agents.keySet();
    }

    /**
     * Raises what is due at {@code now}: rules whose threshold passed, rules waiting for work in a queue that
     * now has some, and snoozes that ran out while the state held.
     *
     * @param waitingQueues names of the queues with interactions waiting now
     */
    void advance(Instant now, Set<String> waitingQueues) {
        for (String key : deadlines.takeDue(now)) {
            Tracked tracked = tracked(key);
            if (tracked == null || tracked.alertId != null || tracked.next >= tracked.candidates.size()) {
                continue;
            }
            AlertRule rule = tracked.candidates.get(tracked.next++);
            if (!rule.condition().needsWaitingQueue() || anyWaiting(tracked.queues, waitingQueues)) {
                raise(tracked, rule, now);
                continue;
            }
            tracked.waitingForQueue = rule;
            waitingForQueue.add(key);
            scheduleNext(tracked);
        }
        if (!waitingForQueue.isEmpty() && !waitingQueues.isEmpty()) {
            for (String key : List.copyOf(waitingForQueue)) {
                Tracked tracked = tracked(key);
                if (tracked.alertId == null && anyWaiting(tracked.queues, waitingQueues)) {
                    raise(tracked, tracked.waitingForQueue, now);
                }
            }
        }
        for (Alert alert : List.copyOf(active.values())) {
            if (alert.status() == AlertStatus.SNOOZED && !alert.snoozedUntil().isAfter(now)) {
                emit(alert.reRaised(now), AlertEvent.Kind.RE_RAISED);
            }
        }
        pruneRecentlyCleared(now);
    }

    private static boolean anyWaiting(List<String> queues, Set<String> waitingQueues) {
        for (String queue : queues) {
            if (waitingQueues.contains(queue)) {
                return true;
            }
        }
        return false;
    }

    /** New rules or debounce: every agent's deadlines are worked out again; raised alerts stay as they are. */
    void reconfigure(List<AlertRule> newRules, Duration newMinDwell, Duration newReopenWindow, Instant now) {
        rules = new RuleBook(newRules);
        minDwell = newMinDwell;
        reopenWindow = newReopenWindow;
        for (Tracked tracked : agents.values()) {
            if (tracked.alertId == null) {
                arm(tracked, now);
            }
        }
        for (Tracked tracked : spells.values()) {
            if (tracked.alertId == null) {
                arm(tracked, now);
            }
        }
    }

    Alert acknowledge(String alertId, String by, String note, Instant now) {
        Alert alert = activeAlert(alertId);
        return emit(alert.acknowledged(by, note, now), AlertEvent.Kind.ACKNOWLEDGED);
    }

    Alert snooze(String alertId, Instant until, String by, String note, Instant now) {
        if (!until.isAfter(now)) {
            throw new IllegalArgumentException("a snooze must end in the future");
        }
        Alert alert = activeAlert(alertId);
        return emit(alert.snoozed(until, by, note, now), AlertEvent.Kind.SNOOZED);
    }

    Alert note(String alertId, String note, Instant now) {
        Alert alert = activeAlert(alertId);
        return emit(alert.withNote(note, now), AlertEvent.Kind.NOTED);
    }

    Optional<Alert> find(String alertId) {
        return Optional.ofNullable(active.get(alertId));
    }

    Collection<Alert> active() {
        return active.values();
    }

    int trackedAgents() {
        return agents.size();
    }

    int pendingDeadlines() {
        return deadlines.size();
    }

    private Alert activeAlert(String alertId) {
        Alert alert = active.get(alertId);
        if (alert == null) {
            throw new IllegalArgumentException("that alert is no longer active (the agent's state has ended)");
        }
        return alert;
    }

    private void arm(Tracked tracked, Instant now) {
        deadlines.cancel(tracked.key);
        waitingForQueue.remove(tracked.key);
        tracked.waitingForQueue = null;
        if (tracked.condition == null) {
            tracked.candidates = rules.candidates(tracked.agent, tracked.queues, tracked.activity);
        } else if (tracked.condition.adherence()) {
            tracked.candidates = rules.candidates(tracked.agent, tracked.queues, tracked.scheduled);
        } else {
            tracked.candidates = rules.candidates(tracked.agent, tracked.queues, tracked.condition, tracked.media);
        }
        tracked.next = 0;
        scheduleNext(tracked);
    }

    private void scheduleNext(Tracked tracked) {
        boolean underWayAtStart = tracked.since.isBefore(startedAt);
        while (tracked.next < tracked.candidates.size()) {
            Duration threshold = tracked.candidates.get(tracked.next).threshold();
            Instant due = tracked.since.plus(threshold.compareTo(minDwell) >= 0 ? threshold : minDwell);
            if (tracked.quietUntil != null && tracked.quietUntil.isAfter(due)) {
                due = tracked.quietUntil;
            }
            if (underWayAtStart && !due.isAfter(startedAt)) {
                tracked.next++;
                continue;
            }
            deadlines.schedule(tracked.key, due);
            return;
        }
    }

    private void raise(Tracked tracked, AlertRule rule, Instant now) {
        String agentId = tracked.agent.id();
        deadlines.cancel(tracked.key);
        waitingForQueue.remove(tracked.key);
        tracked.waitingForQueue = null;
        // Reopened only as the same state or spell: a long hold on the next call is an alert of its own.
        Alert earlier = recentlyCleared.remove(key(tracked.key, rule.condition().name(), rule.name()));
        Alert alert;
        AlertEvent.Kind kind;
        if (earlier != null && !earlier.clearedAt().isBefore(now.minus(reopenWindow))) {
            alert = earlier.reopened(tracked.since, now);
            kind = AlertEvent.Kind.REOPENED;
        } else {
            alert = new Alert(ids.get(), agentId, tracked.agent.name(), tracked.agent.team(), rule.name(),
                    rule.condition(), rule.thresholdSeconds(), tracked.since, now, AlertStatus.RAISED, "", null, "",
                    null, null, 0, now);
            kind = AlertEvent.Kind.RAISED;
        }
        tracked.alertId = alert.id();
        if (rule.quiet()) {
            quiet.add(alert.id());
        }
        emit(alert, kind);
    }

    private void endSpell(Tracked tracked, Instant endedAt) {
        deadlines.cancel(tracked.key);
        waitingForQueue.remove(tracked.key);
        tracked.waitingForQueue = null;
        if (tracked.alertId != null) {
            Alert alert = active.get(tracked.alertId);
            tracked.alertId = null;
            if (alert != null) {
                Alert cleared = emit(alert.cleared(endedAt), AlertEvent.Kind.CLEARED);
                recentlyCleared.put(key(tracked.key, cleared.condition().name(), cleared.ruleName()), cleared);
            }
        }
    }

    private Alert emit(Alert alert, AlertEvent.Kind kind) {
        boolean quietly = alert.status().active() ? quiet.contains(alert.id()) : quiet.remove(alert.id());
        if (alert.status().active()) {
            active.put(alert.id(), alert);
        } else {
            active.remove(alert.id());
        }
        sink.accept(new AlertEvent(alert, kind, quietly));
        return alert;
    }

    private void pruneRecentlyCleared(Instant now) {
        if (Duration.between(lastPrune, now).compareTo(Duration.ofSeconds(10)) < 0) {
            return;
        }
        lastPrune = now;
        Instant cutoff = now.minus(reopenWindow);
        Iterator<Alert> cleared = recentlyCleared.values().iterator();
        while (cleared.hasNext()) {
            if (cleared.next().clearedAt().isBefore(cutoff)) {
                cleared.remove();
            }
        }
    }

    /** A cleared alert's reopen key: the tracked state's or spell's key, the condition and the rule. */
    private static String key(String trackedKey, String condition, String ruleName) {
        return trackedKey + '/' + condition + '/' + Objects.requireNonNullElse(ruleName, "");
    }
}
