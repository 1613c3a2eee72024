package io.floorwatch.emulator.org;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.ActivityCode;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.ScheduledActivity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The emulated org's workforce management: one business unit with its activity codes, management units of
 * agents, each agent's published schedule, and their adherence, judged again whenever their presence or routing
 * status changes or their schedule moves on to the next activity ({@link #recheck}). A change in what the
 * adherence record says is told to the listeners, which publish it on the unit's topic.
 */
public final class EmWorkforce implements OrgListener {
    /** A management unit and the agents in it. */
    public record Unit(String id, String name, List<String> userIds) {
        public Unit {
            userIds = List.copyOf(userIds);
        }
    }

    /** Told of every change to an agent's adherence record, on the thread that made it. */
    public interface Listener {
        void adherenceChanged(Adherence adherence, EmUser user);
    }

    public static final String TIME_ZONE = "UTC";

    private final OrgDirectory org;
    private final String businessUnitId;
    private final List<ActivityCode> codes;
    private final List<Unit> units = new CopyOnWriteArrayList<>();
    private final Map<String, String> unitOf = new ConcurrentHashMap<>();
    private final Map<String, AgentSchedule> schedules = new ConcurrentHashMap<>();
    private final Map<String, Adherence> adherence = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    EmWorkforce(OrgDirectory org) {
        this.org = org;
        this.businessUnitId = org.newId();
        List<ActivityCode> made = new ArrayList<>();
        made.add(new ActivityCode(org.newId(), "On Queue Work", ActivityCategory.ON_QUEUE_WORK));
        made.add(new ActivityCode(org.newId(), "Break", ActivityCategory.BREAK));
        made.add(new ActivityCode(org.newId(), "Meal", ActivityCategory.MEAL));
        made.add(new ActivityCode(org.newId(), "Meeting", ActivityCategory.MEETING));
        made.add(new ActivityCode(org.newId(), "Training", ActivityCategory.TRAINING));
        made.add(new ActivityCode(org.newId(), "Off Queue Work", ActivityCategory.OFF_QUEUE_WORK));
        made.add(new ActivityCode(org.newId(), "Time Off", ActivityCategory.TIME_OFF));
        made.add(new ActivityCode(org.newId(), "Unavailable", ActivityCategory.UNAVAILABLE));
        this.codes = List.copyOf(made);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public String businessUnitId() {
        return businessUnitId;
    }

    public List<ActivityCode> activityCodes() {
        return codes;
    }

    /** The business unit's default code of a category (the first one made for it). */
    public ActivityCode codeOf(ActivityCategory category) {
        return codes.stream().filter(c -> c.category() == category).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no activity code of category " + category));
    }

    public Unit addUnit(String name, List<String> userIds) {
        Unit unit = new Unit(org.newId(), name, userIds);
        units.add(unit);
        userIds.forEach(id -> unitOf.put(id, unit.id()));
        return unit;
    }

    public List<Unit> units() {
        return List.copyOf(units);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<String> unitOf(String userId) {
        return Optional.ofNullable(unitOf.get(userId));
    }

    /** Publishes an agent's schedule (replacing what they had) and judges their adherence against it. */
    public void publish(AgentSchedule schedule) {
        schedules.put(schedule.userId(), schedule);
        org.user(schedule.userId()).ifPresent(user -> recheck(user, org.clock().instant()));
    }

    public Optional<AgentSchedule> schedule(String userId) {
        return Optional.ofNullable(schedules.get(userId));
    }

    /** An agent's published activities over {@code [from, to)}. */
    public List<ScheduledActivity> scheduleBetween(String userId, Instant from, Instant to) {
        AgentSchedule schedule = schedules.get(userId);
        return schedule == null ? List.of() : schedule.between(from, to);
    }

    public Optional<Adherence> adherence(String userId) {
        return Optional.ofNullable(adherence.get(userId));
    }

    /**
     * Judges the agent's adherence at {@code now} and, when the record says something new, stores and tells it.
     * The change time moves only when the state does: the time out of adherence runs on across a new activity.
     */
    public void recheck(EmUser user, Instant now) {
        String unitId = unitOf.get(user.id());
        if (unitId == null) {
            return;
        }
        AgentSchedule schedule = schedules.get(user.id());
        EmUser.Status status = user.status();
        Optional<ScheduledActivity> activity = schedule == null ? Optional.empty() : schedule.at(now);
        ActivityCategory scheduled = schedule == null ? ActivityCategory.UNSCHEDULED
                : activity.map(ScheduledActivity::category).orElse(ActivityCategory.UNSCHEDULED);
        AdherenceRules.Verdict verdict = AdherenceRules.judge(schedule == null ? null : scheduled,
                status.presence(), status.routingStatus());
        Adherence next;
        synchronized (this) {
            Adherence last = adherence.get(user.id());
            Instant changed = last != null && last.state() == verdict.state() ? last.changedAt() : now;
            next = new Adherence(user.id(), unitId, scheduled, activity.map(ScheduledActivity::activityCodeId)
                    .orElse(null), verdict.actual(), verdict.state(), verdict.impact(), changed, false);
            if (next.sameAs(last)) {
                return;
            }
            adherence.put(user.id(), next);
        }
        listeners.forEach(l -> l.adherenceChanged(next, user));
    }

    @Override
    public void presenceChanged(EmUser user, EmUser.Status status) {
        recheck(user, org.clock().instant());
    }

    @Override
    public void routingStatusChanged(EmUser user, EmUser.Status status) {
        recheck(user, org.clock().instant());
    }

    @Override
    public void membershipChanged(EmQueue queue, String userId, boolean member) {
        // queue membership does not enter adherence
    }
}
