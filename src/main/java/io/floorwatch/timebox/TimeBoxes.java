package io.floorwatch.timebox;

import io.floorwatch.base.Plural;
import io.floorwatch.domain.AuditEntry;
import io.floorwatch.history.AuditTrail;
import io.floorwatch.history.HistoryWriter;
import io.floorwatch.history.TimeBoxStore;
import io.floorwatch.tuning.SkillPlan;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The time-boxes of one history, as the tuning screen and the commands ask for them: schedule (refusing a box
 * that would hold an agent another live box holds over an overlapping window), list, cancel before the start and
 * end now. Carrying boxes out is a {@link TimeBoxRunner}'s, made here so both share the store, audit and notices.
 */
public final class TimeBoxes {
    /** Longest window: a time-box is for hours or days, not for a standing change (apply that without one). */
    public static final Duration LONGEST = Duration.ofDays(7);
    /** How far in the past a start may be asked for (the time it took to press Apply), before it is refused. */
    private static final Duration START_SLACK = Duration.ofMinutes(1);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("EEE d MMM HH:mm");

    private final TimeBoxStore store;
    private final HistoryWriter audit;
    private final Clock clock;
    private final BiConsumer<String, String> notices;

    /** @param notices takes a notice's JSON and what it is about (the change webhook); must not block */
    public TimeBoxes(TimeBoxStore store, HistoryWriter audit, Clock clock, BiConsumer<String, String> notices) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.notices = notices;
    }

    /** A runner for this history, named after where it runs (the desktop, a command, a collector). */
    public TimeBoxRunner runner(String name) {
        return new TimeBoxRunner(this, name);
    }

    /**
     * Schedules the plan for its window after checking it on {@code worker}'s connection (capacity rules, the
     * org's skills) and against the live boxes; nothing is written to Genesys here (a runner starts it).
     *
     * @throws TimeBoxRefused naming every problem
     */
    public TimeBox schedule(TimeBoxRequest request, TimeBoxWorker worker) {
        Instant now = clock.instant();
        Instant start = request.startsAt() == null ? now : request.startsAt();
        List<String> problems = new ArrayList<>();
        if (request.plan().agents().isEmpty()) {
            problems.add("the plan changes no agent");
        }
        if (start.isBefore(now.minus(START_SLACK))) {
            problems.add("the start " + at(start) + " has passed");
        }
        if (!request.endsAt().isAfter(start)) {
            problems.add("the end " + at(request.endsAt()) + " must come after the start " + at(start));
        } else if (Duration.between(start, request.endsAt()).compareTo(LONGEST) > 0) {
            problems.add("a time-box lasts at most " + LONGEST.toDays() + " days; apply a standing change without one");
        }
        if (!problems.isEmpty()) {
            throw new TimeBoxRefused(problems);
        }
        problems.addAll(worker.check(request.plan()));
        if (!problems.isEmpty()) {
            throw new TimeBoxRefused(problems);
        }
        String title = request.title().isEmpty() ? defaultTitle(request.plan()) : request.title();
        TimeBox box = new TimeBox(UUID.randomUUID().toString(), title, worker.org(), worker.actor(), now, start, request.endsAt(),
                TimeBoxState.SCHEDULED, request.plan(), new SkillPlan(request.plan().maxSkillsPerAgent(), List.of()),
                List.of(), request.projection(), "", "", null, null, null, 0);
        List<TimeBoxStore.Overlap> overlaps = store.add(TimeBoxCodec.row(box));
        if (!overlaps.isEmpty()) {
            Map<String, String> names = request.plan().agents().stream().collect(Collectors.toMap(
                    SkillPlan.Agent::agentId, SkillPlan.Agent::agentName, (a, b) -> a));
            throw new TimeBoxRefused(overlaps.stream().map(o -> names.getOrDefault(o.agentId(), o.agentId())
                    + " is already in time-box '" + o.title() + "' (" + at(o.startsAt()) + " to " + at(o.endsAt())
                    + "); two time-boxes may not change one agent at once").distinct().toList());
        }
        step(box, worker.actor(), "schedule", "scheduled", "Floorwatch will change the skills of "
                + Plural.of(box.plan().agents().size(), "agent") + " from " + at(start) + " to " + at(box.endsAt())
                + " and then put them back (" + title + ")", "");
        return box;
    }

    /** The newest boxes, newest window first. */
    public List<TimeBox> list(int limit) {
        return store.recent(limit).stream().map(TimeBoxCodec::box).toList();
    }

    public Optional<TimeBox> find(String id) {
        return store.find(id).map(TimeBoxCodec::box);
    }

    /** The box whose id starts with {@code prefix} (what the command line shows), if exactly one does. */
    public TimeBox findByPrefix(String prefix) {
        List<TimeBox> matching = list(1000).stream().filter(b -> b.id().startsWith(prefix.trim())).toList();
        if (matching.size() != 1) {
            throw new TimeBoxRefused(matching.isEmpty() ? "no time-box has an id starting with '" + prefix + "'"
                    : "'" + prefix + "' names " + matching.size() + " time-boxes; give more of the id");
        }
        return matching.get(0);
    }

    /**
     * Cancels a box before its start: nothing was written, nothing will be.
     *
     * @throws TimeBoxRefused when it has started (end it now instead) or has ended
     */
    public TimeBox cancel(String id, String actor) {
        TimeBox box = find(id).orElseThrow(() -> new TimeBoxRefused("no time-box " + id));
        if (box.state() != TimeBoxState.SCHEDULED) {
            throw new TimeBoxRefused("time-box '" + box.title() + "' is " + box.state().label().toLowerCase()
                    + (box.state() == TimeBoxState.RUNNING ? "; End now puts its agents back" : "")
                    + ", so it cannot be cancelled");
        }
        if (box.appliedAt() != null || box.leaseOwner() != null) {
            throw new TimeBoxRefused("time-box '" + box.title() + "' is being applied now; End now puts its agents "
                    + "back once it has started");
        }
        TimeBox cancelled = save(box.with(TimeBoxState.CANCELLED, box.endsAt(), box.revertPlan(), box.results(),
                box.report(), "cancelled by " + actor + " before its start", null, clock.instant()));
        step(cancelled, actor, "cancel", "cancelled", "Time-box '" + box.title() + "' was cancelled before its "
                + "start; no skills were changed", "");
        return cancelled;
    }

    /**
     * Brings a running box's end to now; the runner puts its agents back at its next look (at once on the
     * desktop).
     *
     * @throws TimeBoxRefused when it is not running
     */
    public TimeBox endNow(String id, String actor) {
        TimeBox box = find(id).orElseThrow(() -> new TimeBoxRefused("no time-box " + id));
        if (box.state() != TimeBoxState.RUNNING) {
            throw new TimeBoxRefused("time-box '" + box.title() + "' is " + box.state().label().toLowerCase()
                    + (box.state() == TimeBoxState.SCHEDULED ? "; cancel it instead" : "")
                    + ", so it cannot be ended now");
        }
        Instant now = clock.instant();
        String note = join(box.note(), "ended early by " + actor + " at " + at(now) + " (planned end "
                + at(box.endsAt()) + ")");
        TimeBox ending = save(box.with(TimeBoxState.RUNNING, now, box.revertPlan(), box.results(), box.report(),
                note, box.appliedAt(), null));
        step(ending, actor, "end-now", "ending", "Time-box '" + box.title() + "' is ending now at the request of "
                + actor + "; its agents are being put back", "");
        return ending;
    }

    /** Writes the box from the version it was read at; fails when someone else wrote it meanwhile. */
    TimeBox save(TimeBox box) {
        return store.update(TimeBoxCodec.row(box)).map(row -> box.withVersion(row.version()))
                .orElseThrow(() -> new TimeBoxRefused("time-box '" + box.title() + "' was changed meanwhile by "
                        + "another Floorwatch; look again"));
    }

    TimeBoxStore store() {
        return store;
    }

    Clock clock() {
        return clock;
    }

    /** Audits a step of the box as {@code timebox.<action>} and notices it as {@code timebox.<event>}. */
    void step(TimeBox box, String actor, String action, String event, String text, String outcome) {
        new AuditTrail(audit, actor, clock).record("timebox." + action, AuditTrail.named(box.id(), box.title()),
                "", TimeBoxNotices.of(event, box, text, actor, clock.instant()),
                outcome.isEmpty() ? AuditEntry.OK : outcome, 0);
        notices.accept(TimeBoxNotices.of(event, box, text, actor, clock.instant()), "time-box " + box.title());
    }

    /** "Tue 8 Dec 14:00", in this machine's zone: what a person reads in messages and notes. */
    static String at(Instant instant) {
        return HOUR.withZone(ZoneId.systemDefault()).format(instant);
    }

    static String join(String note, String more) {
        return more.isEmpty() ? note : note.isEmpty() ? more : note + "; " + more;
    }

    private static String defaultTitle(SkillPlan plan) {
        List<String> names = plan.agents().stream().map(SkillPlan.Agent::agentName).limit(2).toList();
        return plan.agents().size() <= 2 ? String.join(" and ", names)
                : names.get(0) + " and " + (plan.agents().size() - 1) + " others";
    }
}
