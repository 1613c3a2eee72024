package io.floorwatch.emulator.sim;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.AgentSchedule;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.ScheduledActivity;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmConversation;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.EmWorkforce;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.OrgListener;
import io.floorwatch.emulator.org.QueueStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves the simulated contact center through its day, one event at a time in simulated-time order: customers
 * arrive at each queue on each of its media at a rate that follows the {@link DayCurve} (scaled by the queue's own
 * load and the {@code load} setting), wait, and either abandon or are connected to the longest-free member whose
 * utilisation has room; agents talk, hold, disconnect and do after-call work ({@link MediaProfile}), and follow
 * the shifts the simulator plans and publishes for them ({@link ShiftPlanner}), as people do: mostly, a few late
 * back from a break, some stepping away unscheduled, now and then one leaving early. Every change goes through the org, which tells the notification topics.
 * Everything runs on one named thread; {@link #tick(long)} is also callable directly so tests can step time.
 *
 * <p>Events are handled at their own simulated moment, not at the tick that finds them, so waits and service
 * levels come out the same at any speed. The demand is sized from the staffing: each queue's members, shared
 * between the queues they work, on queue about {@value #ON_QUEUE_SHARE} of the time, kept about
 * {@value #OCCUPANCY} busy at a load of 1.0 in mid-morning. Lunch then runs a quarter over, so queues with a load
 * above one miss their service level for a while and recover in the afternoon dip.
 *
 * <p>Longer than our files usually are: agents, interactions and queues are one model stepped by one clock (an
 * answered interaction changes an agent, an agent going on queue changes who can answer), so the step stays in
 * one place rather than in parts that would all share the same state.
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    static final long TICK_MILLIS = 100;
    private static final long TRAFFIC_PERIOD_MILLIS = 1_000;
    private static final double NOT_RESPONDING_CHANCE = 0.01;
    /** The chance that an agent steps away unscheduled in a stretch of on-queue work (half an hour or longer). */
    private static final double STEP_AWAY_CHANCE = 0.25;
    /** One return from a break or meal in eight is late, so "long break" and adherence alerts have real cases. */
    private static final double LATE_BACK_CHANCE = 0.125;
    private static final double EARLY_BACK_CHANCE = 0.08;
    /** How long before a scheduled break an agent stops taking new work, in simulated seconds. */
    private static final double WIND_DOWN_SECONDS = 180;
    static final double ON_QUEUE_SHARE = 0.78;
    static final double OCCUPANCY = 0.9;
    /** The service-level window the live traffic reports, in simulated minutes. */
    private static final int TRAFFIC_WINDOW_MINUTES = 30;

    private final OrgDirectory org;
    private final EmWorkforce workforce;
    private final ShiftPlanner planner;
    private final FloorPlan plan;
    private final SimSettings settings;
    private final Random random;
    private final Map<String, AgentSim> agents = new HashMap<>();
    private final Map<String, QueueSim> queues = new HashMap<>();
    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final List<TrafficListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    private SimClock clock;
    private long stepSeq;
    // 0, not Long.MIN_VALUE: "now - last" must not overflow, or the first traffic report never comes.
    private long lastTrafficMillis;
    private volatile boolean initialised;
    /** The thread inside {@link #tick(long)}: changes it makes are the simulator's own. */
    private volatile Thread stepper;

    public Simulator(OrgDirectory org, FloorPlan plan, SimSettings settings) {
        this.org = org;
        this.workforce = org.workforce();
        this.planner = new ShiftPlanner(settings.seed());
        this.plan = plan;
        this.settings = settings;
        this.random = new Random(settings.seed() * 31 + 7);
        this.thread = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("emulator-simulator"));
        org.addListener(new OrgWatcher());
    }

    /** Told once a second of every queue's traffic. Called on the simulator thread. */
    public interface TrafficListener {
        void traffic(EmQueue queue, EmQueue.Traffic traffic);
    }

    public void addTrafficListener(TrafficListener listener) {
        listeners.add(listener);
    }

    public void start() {
        thread.scheduleAtFixedRate(this::tickSafely, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tickSafely() {
        try {
            tick(org.clock().millis());
        } catch (RuntimeException e) {
            // One bad step must not stop the floor; the next tick starts from the org's truth.
            LOG.error("simulator step failed", e);
        }
    }

    /** Advances the floor to {@code nowMillis} (wall-clock epoch millis). Not thread-safe: one caller at a time. */
    public void tick(long nowMillis) {
        stepper = Thread.currentThread();
        try {
            step(nowMillis);
        } finally {
            stepper = null;
        }
    }

    /** The simulated time of day now, in seconds after midnight (the day starts at the settings' day start). */
    public double secondOfDay(long wallMillis) {
        return clock == null ? settings.dayStart().toSecondOfDay() : clock.secondOfDay(wallMillis);
    }

    private void step(long nowMillis) {
        if (!initialised) {
            initialise(nowMillis);
        }
        Runnable change;
        while ((change = inbox.poll()) != null) {
            change.run();
        }
        while (!steps.isEmpty() && steps.peek().atMillis <= nowMillis) {
            Step step = steps.poll();
            step.action.run(step.atMillis);
        }
        if (nowMillis - lastTrafficMillis >= TRAFFIC_PERIOD_MILLIS) {
            lastTrafficMillis = nowMillis;
            List<QueueSim> deleted = queues.values().stream().filter(q -> org.queue(q.queue.id()).isEmpty())
                    .toList();
            deleted.forEach(q -> drop(q, nowMillis));
            for (QueueSim queue : queues.values()) {
                EmQueue.Traffic traffic = queue.traffic(nowMillis);
                queue.queue.traffic(traffic);
                listeners.forEach(l -> l.traffic(queue.queue, traffic));
            }
        }
    }

    /** A queue deleted over REST: its members stop answering it, its waiting customers are gone with it. */
    private void drop(QueueSim queue, long now) {
        queues.remove(queue.queue.id());
        queue.waiting.values().forEach(ArrayDeque::clear);
        for (AgentSim member : queue.members) {
            member.queues.remove(queue);
            // The member's time is shared by fewer queues now: theirs get more of it.
            member.queues.forEach(other -> other.resetRate(now));
        }
        queue.members.clear();
    }

    private void initialise(long nowMillis) {
        initialised = true;
        clock = new SimClock(nowMillis, settings.dayStart(), settings.speed());
        for (EmQueue queue : org.queues()) {
            queues.put(queue.id(), new QueueSim(queue));
        }
        for (EmUser user : org.users()) {
            agents.put(user.id(), new AgentSim(user, plan.behaviourOf(user.id())));
        }
        for (QueueSim queue : queues.values()) {
            for (EmQueue.Member member : queue.queue.members()) {
                AgentSim agent = agents.get(member.userId());
                if (agent != null && member.joined()) {
                    queue.members.add(agent);
                    agent.queues.add(queue);
                }
            }
        }
        for (QueueSim queue : queues.values()) {
            queue.resetRate(nowMillis);
        }
        planDay(clock.day(nowMillis), nowMillis);
        for (AgentSim agent : agents.values()) {
            openAsScheduled(agent, nowMillis);
        }
        for (AgentSim agent : agents.values()) {
            EmUser.Status status = agent.user.status();
            agent.freeSince = status.routingStart().toEpochMilli();
            if (status.presence() == SystemPresence.ON_QUEUE && agent.takesWork() && !agent.queues.isEmpty()
                    && random.nextDouble() < OCCUPANCY) {
                warmStart(agent, nowMillis);
            }
            // Spread the first changes over the opening minutes (a normal agent then follows their schedule) or
            // the opening dwell, so the floor does not move in lockstep.
            scheduleAgentIn(agent, nowMillis, agent.behaviour == FloorPlan.Behaviour.NORMAL
                    ? uniform(0, 300) : dwellSeconds(agent, status.presence()) * random.nextDouble());
        }
    }

    /**
     * Most normal agents are found doing what their schedule says when the floor opens (on a break in their
     * scheduled break, on queue in on-queue work), since a while within the activity; one in ten is not, and
     * follows it within the opening minutes. Told like any change: a client may already have read the floor.
     */
    private void openAsScheduled(AgentSim agent, long now) {
        if (agent.behaviour != FloorPlan.Behaviour.NORMAL || random.nextDouble() < 0.1) {
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        Optional<ScheduledActivity> activity = agent.schedule().flatMap(s -> s.at(at));
        SystemPresence target = activity.map(a -> presenceFor(a.category())).orElse(SystemPresence.OFFLINE);
        if (agent.user.status().presence() == target) {
            return;
        }
        Instant start = activity.map(ScheduledActivity::start).orElse(at.minusSeconds(3600));
        Instant since = at.minusMillis(clock.wallMillis(uniform(0, 600)));
        since = since.isBefore(start) ? start : since;
        org.setPresence(agent.user, target, since);
        if (target == SystemPresence.ON_QUEUE) {
            org.setRoutingStatus(agent.user, RoutingStatus.IDLE, since);
        }
    }

    /** An agent found mid-interaction when the floor opens: connected a while ago, finishing in its own time. */
    private void warmStart(AgentSim agent, long now) {
        QueueSim queue = agent.queues.get(random.nextInt(agent.queues.size()));
        MediaType media = queue.pickMedia(random);
        if (!agent.canTake(media)) {
            return;
        }
        MediaProfile profile = MediaProfile.of(media);
        double talk = profile.talk(random);
        // Connected some way into the talk, but not before the agent went On Queue.
        double onQueueFor = clock.simMillis(agent.user.status().presenceModified().toEpochMilli(), now) / 1000.0;
        double done = Math.min(talk * random.nextDouble(), Math.max(0, onQueueFor));
        long connected = now - clock.wallMillis(done);
        Conv conv = new Conv(newId(), queue, media, connected);
        attach(agent, conv, connected); // answered before the floor opened: not in the queue's figures
        at(now + clock.wallMillis(talk - done), t -> disconnect(conv, t));
    }

    // ---- agents: presence ------------------------------------------------------------------------------

    private void agentDue(AgentSim agent, long seq, long now) {
        if (seq != agent.seq) {
            return; // superseded by a later plan for this agent
        }
        if (!agent.conversations.isEmpty()) {
            agent.changeWhenFree = true; // finishes what is on hand first
            return;
        }
        advance(agent, now);
    }

    private void advance(AgentSim agent, long now) {
        agent.changeWhenFree = false;
        EmUser.Status status = agent.user.status();
        SystemPresence presence = status.presence();
        switch (agent.behaviour) {
            case LINGER_IDLE -> {
                if (presence == SystemPresence.ON_QUEUE) {
                    goTo(agent, SystemPresence.BREAK, now, uniform(10, 14) * 60);
                } else {
                    goOnQueue(agent, now, uniform(25, 50) * 60);
                }
            }
            case LINGER_AVAILABLE -> {
                if (presence == SystemPresence.AVAILABLE) {
                    goOnQueue(agent, now, uniform(10, 20) * 60);
                } else {
                    goTo(agent, SystemPresence.AVAILABLE, now, uniform(30, 60) * 60);
                }
            }
            case NOT_RESPONDER -> {
                if (presence == SystemPresence.ON_QUEUE && status.routingStatus() != RoutingStatus.NOT_RESPONDING) {
                    org.setRoutingStatus(agent.user, RoutingStatus.NOT_RESPONDING);
                    scheduleAgentIn(agent, now, uniform(20, 40) * 60);
                } else if (presence == SystemPresence.ON_QUEUE) {
                    goTo(agent, SystemPresence.AVAILABLE, now, uniform(1, 3) * 60);
                } else {
                    goOnQueue(agent, now, uniform(3, 8) * 60);
                }
            }
            case NORMAL -> advanceNormal(agent, status, now);
        }
    }

    /**
     * A normal agent follows their schedule: in the presence its activity asks for, until the activity's end (give
     * or take how people are: a little late leaving for a break, one in eight late back, now and then early), or
     * until they step away for a few minutes unscheduled; off line outside their shift, and one day in twenty
     * gone before its end.
     */
    private void advanceNormal(AgentSim agent, EmUser.Status status, long now) {
        agent.windDownFrom = Long.MAX_VALUE;
        if (status.presence() == SystemPresence.ON_QUEUE && status.routingStatus() == RoutingStatus.NOT_RESPONDING) {
            // The agent notices, steps off queue for a moment, then comes back.
            goTo(agent, SystemPresence.AVAILABLE, now, uniform(1, 3) * 60);
            return;
        }
        Instant at = Instant.ofEpochMilli(now);
        Optional<ScheduledActivity> activity = agent.schedule().flatMap(s -> s.at(at));
        Optional<Instant> leaves = activity.flatMap(a -> leavesEarly(agent, a));
        boolean gone = leaves.isPresent() && !at.isBefore(leaves.get());
        SystemPresence target = gone ? SystemPresence.OFFLINE
                : activity.map(a -> presenceFor(a.category())).orElse(SystemPresence.OFFLINE);
        if (status.presence() != target) {
            if (target == SystemPresence.ON_QUEUE) {
                goOnQueue(agent, now, 0);
            } else {
                org.setPresence(agent.user, target);
            }
        }
        Instant after = gone ? activity.get().end() : at;
        Optional<Instant> boundary = activity.isPresent() && !gone
                ? Optional.of(leaves.orElse(activity.get().end()))
                : agent.schedule().flatMap(s -> s.activities().stream().map(ScheduledActivity::start)
                        .filter(start -> start.isAfter(after)).findFirst());
        if (boundary.isEmpty()) {
            return; // past the last planned day (the plan runs a day ahead, so only when the simulator stops)
        }
        double untilBoundary = clock.simMillis(now, boundary.get().toEpochMilli()) / 1000.0;
        if (target == SystemPresence.ON_QUEUE && untilBoundary > 1800 && random.nextDouble() < STEP_AWAY_CHANCE) {
            // Somewhere in this stretch on queue the agent steps away, unscheduled.
            double away = uniform(300, untilBoundary - 600);
            long seq = ++agent.seq;
            at(now + clock.wallMillis(away), t -> stepAway(agent, seq, t));
            return;
        }
        ActivityCategory from = gone ? ActivityCategory.UNSCHEDULED
                : activity.map(ScheduledActivity::category).orElse(ActivityCategory.UNSCHEDULED);
        // Leaving early is leaving: the same as at the shift's end.
        ActivityCategory to = leaves.isPresent() && !gone ? ActivityCategory.UNSCHEDULED : agent.schedule()
                .flatMap(s -> s.at(boundary.get())).map(ScheduledActivity::category)
                .orElse(ActivityCategory.UNSCHEDULED);
        agent.windDownFrom = target == SystemPresence.ON_QUEUE && !to.onQueue()
                ? boundary.get().toEpochMilli() - clock.wallMillis(WIND_DOWN_SECONDS) : Long.MAX_VALUE;
        scheduleAgentIn(agent, now, Math.max(1, untilBoundary + reaction(from, to)));
    }

    /** An unscheduled few minutes away (the interaction on hand is finished first). */
    private void stepAway(AgentSim agent, long seq, long now) {
        if (seq != agent.seq) {
            return;
        }
        if (!agent.conversations.isEmpty() || agent.user.status().presence() != SystemPresence.ON_QUEUE) {
            advance(agent, now);
            return;
        }
        goTo(agent, random.nextBoolean() ? SystemPresence.AWAY : SystemPresence.BUSY, now, uniform(2, 8) * 60);
    }

    /**
     * When the agent leaves a shift's last block early, on the one day in twenty they do: 20 to 60 minutes before
     * its end, the same moment however often it is asked.
     */
    private Optional<Instant> leavesEarly(AgentSim agent, ScheduledActivity activity) {
        boolean lastOfShift = agent.schedule().flatMap(s -> s.at(activity.end())).isEmpty();
        long day = clock.day(activity.start().toEpochMilli());
        if (!lastOfShift || Math.floorMod(agent.user.index() * 31L + day, 20) != 0) {
            return Optional.empty();
        }
        long minutes = 20 + Math.floorMod(agent.user.index() * 7L + day * 13, 41);
        Instant early = activity.end().minusMillis(clock.wallMillis(minutes * 60.0));
        return Optional.of(early.isAfter(activity.start()) ? early : activity.start());
    }

    /** How far off the boundary the agent moves, in simulated seconds (negative: early). */
    private double reaction(ActivityCategory from, ActivityCategory to) {
        double roll = random.nextDouble();
        if (to == ActivityCategory.UNSCHEDULED) {
            return uniform(0, 120); // end of shift
        }
        if (to.onQueue()) {
            if (roll < LATE_BACK_CHANCE) {
                return uniform(180, 600); // late back: the break overruns
            }
            return roll < LATE_BACK_CHANCE + EARLY_BACK_CHANCE ? -uniform(60, 150) : uniform(-30, 60);
        }
        if (from.onQueue() || from == ActivityCategory.UNSCHEDULED) {
            return roll < 0.1 ? uniform(120, 300) : uniform(0, 60);
        }
        return uniform(0, 90);
    }

    private static SystemPresence presenceFor(ActivityCategory category) {
        return switch (category) {
            case ON_QUEUE_WORK -> SystemPresence.ON_QUEUE;
            case BREAK -> SystemPresence.BREAK;
            case MEAL -> SystemPresence.MEAL;
            case MEETING -> SystemPresence.MEETING;
            case TRAINING -> SystemPresence.TRAINING;
            case OFF_QUEUE_WORK -> SystemPresence.BUSY;
            case TIME_OFF, UNAVAILABLE, UNSCHEDULED -> SystemPresence.OFFLINE;
        };
    }

    // ---- schedules ------------------------------------------------------------------------------------

    /**
     * Publishes every agent's plan for simulated day {@code day} (keeping the day before), has adherence judged
     * again at each of its boundaries, and plans the day after when this one begins.
     */
    private void planDay(long day, long now) {
        for (AgentSim agent : agents.values()) {
            List<ScheduledActivity> activities = new ArrayList<>();
            Instant keepFrom = Instant.ofEpochMilli(clock.wallMillisAt(day - 1, 0));
            agent.schedule().ifPresent(s -> s.activities().stream().filter(a -> a.end().isAfter(keepFrom))
                    .forEach(activities::add));
            List<Long> boundaries = new ArrayList<>();
            long last = Long.MIN_VALUE;
            for (ShiftPlanner.Block block : planner.plan(agent.user.index(), day)) {
                long start = clock.wallMillisAt(day, block.start());
                long end = clock.wallMillisAt(day, block.end());
                activities.add(new ScheduledActivity(Instant.ofEpochMilli(start), Duration.ofMillis(end - start),
                        workforce.codeOf(block.category()).id(), block.category(), block.description()));
                boundaries.add(start);
                last = Math.max(last, end);
            }
            boundaries.add(last);
            // The schedule moving on changes adherence though nobody's presence does: judged again at each boundary.
            boundaries.stream().filter(b -> b > now).forEach(b -> at(b, t -> workforce.recheck(agent.user,
                    Instant.ofEpochMilli(t))));
            workforce.publish(new AgentSchedule(agent.user.id(), activities));
        }
        // Planned a day ahead: an agent whose shift ends always finds the next one to wake for.
        at(Math.max(now, clock.wallMillisAt(day, 0)), t -> planDay(day + 1, t));
    }

    /**
     * How long an agent keeps a presence before looking again: a misbehaving agent a while, a normal one put on
     * queue from outside its usual stretch on queue (otherwise their schedule says).
     */
    private double dwellSeconds(AgentSim agent, SystemPresence presence) {
        if (agent.behaviour != FloorPlan.Behaviour.NORMAL || presence != SystemPresence.ON_QUEUE) {
            return uniform(5, 30) * 60;
        }
        return 1200 + exponential(2_400);
    }

    private void goOnQueue(AgentSim agent, long now, double dwellSeconds) {
        org.setPresence(agent.user, SystemPresence.ON_QUEUE);
        org.setRoutingStatus(agent.user, agent.conversations.isEmpty() ? RoutingStatus.IDLE
                : RoutingStatus.INTERACTING);
        agent.freeSince = now;
        scheduleAgentIn(agent, now, dwellSeconds);
        pull(agent, now);
    }

    private void goTo(AgentSim agent, SystemPresence presence, long now, double dwellSeconds) {
        org.setPresence(agent.user, presence);
        scheduleAgentIn(agent, now, dwellSeconds);
    }

    /**
     * A presence someone set for the agent (a supervisor over REST, or a log out): the agent keeps it for a
     * simulated while, then carries on as usual. Interactions in progress run to their end; the agent takes no
     * new one unless the presence is On Queue.
     */
    private void setFromOutside(AgentSim agent, SystemPresence presence, long now) {
        double hold = presence == SystemPresence.ON_QUEUE ? dwellSeconds(agent, presence) : uniform(15, 30) * 60;
        agent.changeWhenFree = false;
        agent.windDownFrom = Long.MAX_VALUE;
        if (presence == SystemPresence.ON_QUEUE) {
            if (agent.user.status().routingStatus() == RoutingStatus.OFF_QUEUE) {
                org.setRoutingStatus(agent.user, agent.conversations.isEmpty() ? RoutingStatus.IDLE
                        : RoutingStatus.INTERACTING);
            }
            agent.freeSince = now;
            pull(agent, now);
        }
        scheduleAgentIn(agent, now, hold);
    }

    private void scheduleAgentIn(AgentSim agent, long now, double simSeconds) {
        long seq = ++agent.seq;
        at(now + clock.wallMillis(simSeconds), t -> agentDue(agent, seq, t));
    }

    // ---- interactions ----------------------------------------------------------------------------------

    private void arrive(QueueSim queue, MediaType media, long now) {
        if (!queues.containsKey(queue.queue.id())) {
            return; // the queue was deleted
        }
        double patience = MediaProfile.of(media).patience(random);
        Conv conv = new Conv(newId(), queue, media, now);
        count(queue, now, (stats, minute) -> stats.offered(minute, media));
        if (!offer(conv, now)) {
            queue.waiting.get(media).add(conv);
            if (Double.isFinite(patience)) {
                at(now + clock.wallMillis(patience), t -> abandon(conv, t));
            }
        }
        queue.scheduleArrival(media, now);
    }

    /**
     * Connects the interaction to the member best placed to take it; false when nobody can. As Genesys routes, only
     * a member holding every skill the interaction requires (its queue's) is offered it.
     */
    private boolean offer(Conv conv, long now) {
        while (true) {
            AgentSim best = null;
            for (AgentSim agent : conv.queue.members) {
                if (agent.available(now) && agent.canTake(conv.media) && agent.qualifiedFor(conv.queue)
                        && (best == null || agent.before(best))) {
                    best = agent;
                }
            }
            if (best == null) {
                return false;
            }
            if (best.conversations.isEmpty() && random.nextDouble() < NOT_RESPONDING_CHANCE) {
                // The offer rings out: the agent goes Not Responding, the customer goes to the next one.
                org.setRoutingStatus(best.user, RoutingStatus.NOT_RESPONDING);
                scheduleAgentIn(best, now, uniform(1, 4) * 60);
                continue;
            }
            answer(best, conv, now);
            return true;
        }
    }

    /** Work waiting in the agent's queues that fits their capacity, oldest first, until none does. */
    private void pull(AgentSim agent, long now) {
        while (agent.available(now)) {
            Conv oldest = null;
            for (QueueSim queue : agent.queues) {
                if (!agent.qualifiedFor(queue)) {
                    continue;
                }
                for (Map.Entry<MediaType, ArrayDeque<Conv>> waiting : queue.waiting.entrySet()) {
                    Conv head = waiting.getValue().peek();
                    if (head != null && agent.canTake(head.media)
                            && (oldest == null || head.arrivedMillis < oldest.arrivedMillis)) {
                        oldest = head;
                    }
                }
            }
            if (oldest == null) {
                return;
            }
            oldest.queue.waiting.get(oldest.media).poll();
            answer(agent, oldest, now);
        }
    }

    /** Connected now: counted in the queue's service level, its talk (and perhaps a hold) scheduled. */
    private void answer(AgentSim agent, Conv conv, long now) {
        attach(agent, conv, now);
        long waitedSim = clock.simMillis(conv.arrivedMillis, now);
        boolean inTarget = waitedSim <= conv.queue.queue.serviceLevelTargetMillis(conv.media);
        count(conv.queue, now, (stats, minute) -> stats.answered(minute, conv.media, waitedSim, inTarget));
        MediaProfile profile = MediaProfile.of(conv.media);
        double talk = profile.talk(random);
        if (random.nextDouble() < profile.holdShare()) {
            double holdAt = talk * uniform(0.2, 0.7);
            double hold = profile.hold(random);
            at(now + clock.wallMillis(holdAt), t -> hold(conv, t));
            at(now + clock.wallMillis(holdAt + hold), t -> resume(conv, t));
            talk += hold;
        }
        at(now + clock.wallMillis(talk), t -> disconnect(conv, t));
    }

    /**
     * The interaction in the agent's hands since {@code connectedMillis}: the org's conversation, the queue's
     * count of connected work, and the agent Interacting since the connect.
     */
    private void attach(AgentSim agent, Conv conv, long connectedMillis) {
        conv.agent = agent;
        agent.take(conv);
        conv.queue.interacting.merge(conv.media, 1, Integer::sum);
        int customer = 1000 + random.nextInt(9000);
        String address = conv.media == MediaType.EMAIL ? "customer" + customer + "@example.com"
                : "tel:+1555" + String.format("%07d", random.nextInt(10_000_000));
        conv.state = new EmConversation(conv.id, agent.user.id(), conv.queue.queue.id(), conv.media,
                "Customer " + customer, address, Instant.ofEpochMilli(conv.arrivedMillis),
                Instant.ofEpochMilli(connectedMillis), null, null, null, true);
        org.putConversation(conv.state);
        if (agent.user.status().routingStatus() != RoutingStatus.INTERACTING
                && agent.user.status().presence() == SystemPresence.ON_QUEUE) {
            org.setRoutingStatus(agent.user, RoutingStatus.INTERACTING, Instant.ofEpochMilli(connectedMillis));
        }
    }

    private void hold(Conv conv, long now) {
        conv.state = conv.state.hold(Instant.ofEpochMilli(now));
        org.putConversation(conv.state);
    }

    private void resume(Conv conv, long now) {
        conv.heldMillis += clock.simMillis(conv.state.heldSince().toEpochMilli(), now);
        conv.state = conv.state.resume();
        org.putConversation(conv.state);
    }

    private void disconnect(Conv conv, long now) {
        conv.state = conv.state.disconnect(Instant.ofEpochMilli(now));
        conv.queue.interacting.merge(conv.media, -1, Integer::sum);
        org.putConversation(conv.state);
        at(now + clock.wallMillis(MediaProfile.of(conv.media).afterCallWork(random)), t -> wrapUp(conv, t));
    }

    private void wrapUp(Conv conv, long now) {
        conv.state = conv.state.wrapUp(Instant.ofEpochMilli(now));
        org.putConversation(conv.state);
        long disconnected = conv.state.disconnectedAt().toEpochMilli();
        long talk = clock.simMillis(conv.state.connectedAt().toEpochMilli(), disconnected) - conv.heldMillis;
        long acw = clock.simMillis(disconnected, now);
        count(conv.queue, now, (stats, minute) -> stats.handled(minute, conv.media, talk, conv.heldMillis, acw));
        AgentSim agent = conv.agent;
        agent.release(conv);
        if (!agent.conversations.isEmpty()) {
            pull(agent, now);
            return;
        }
        agent.freeSince = now;
        if (agent.user.status().presence() == SystemPresence.ON_QUEUE) {
            org.setRoutingStatus(agent.user, RoutingStatus.IDLE);
        }
        if (agent.changeWhenFree) {
            advance(agent, now);
        } else {
            pull(agent, now);
        }
    }

    private void abandon(Conv conv, long now) {
        if (conv.agent != null || !conv.queue.waiting.get(conv.media).remove(conv)) {
            return; // answered meanwhile
        }
        long waited = clock.simMillis(conv.arrivedMillis, now);
        count(conv.queue, now, (stats, minute) -> stats.abandoned(minute, conv.media, waited));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    /**
     * One change to a queue's figures, made twice: in its live window (simulated minutes, what the traffic
     * reports) and in the org's stats (wall-clock minutes, what the aggregates query sums).
     */
    private void count(QueueSim queue, long now, StatsChange change) {
        change.apply(queue.stats, simMinute(now));
        change.apply(queue.queue.stats(), wallMinute(now));
    }

    private void at(long atMillis, TimedAction action) {
        steps.add(new Step(atMillis, stepSeq++, action));
    }

    /** A conversation id shaped as Genesys' (a version-4 UUID), from the seeded random. */
    private String newId() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
                (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L).toString();
    }

    private long simMinute(long wallMillis) {
        return Math.floorDiv(clock.simMillis(0, wallMillis), 60_000L);
    }

    private static long wallMinute(long wallMillis) {
        return Math.floorDiv(wallMillis, 60_000L);
    }

    private double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    @FunctionalInterface
    private interface StatsChange {
        void apply(QueueStats stats, long minute);
    }

    @FunctionalInterface
    private interface TimedAction {
        void run(long atMillis);
    }

    private record Step(long atMillis, long seq, TimedAction action) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            int byTime = Long.compare(atMillis, other.atMillis);
            return byTime != 0 ? byTime : Long.compare(seq, other.seq);
        }
    }

    /** One customer's interaction, from arrival to the end of the agent's after-call work. */
    private static final class Conv {
        final String id;
        final QueueSim queue;
        final MediaType media;
        final long arrivedMillis;
        AgentSim agent;
        /** Its steps so far (connect, hold, disconnect, wrap-up), as the org holds it. */
        EmConversation state;
        /** Simulated time on hold so far; the org's conversation knows only the current hold. */
        long heldMillis;

        Conv(String id, QueueSim queue, MediaType media, long arrivedMillis) {
            this.id = id;
            this.queue = queue;
            this.media = media;
            this.arrivedMillis = arrivedMillis;
        }
    }

    private final class AgentSim {
        final EmUser user;
        final FloorPlan.Behaviour behaviour;
        final List<QueueSim> queues = new ArrayList<>();
        final List<Conv> conversations = new ArrayList<>();
        /** How many of {@link #conversations} each media has: asked of every member at every offer. */
        private final Map<MediaType, Integer> handling = new EnumMap<>(MediaType.class);
        long seq;
        long freeSince;
        /** A presence change fell due while busy: it happens when the last interaction is wrapped up. */
        boolean changeWhenFree;
        /**
         * From when the agent takes no new work: a few minutes before a scheduled break, meeting or end of shift,
         * so that they can leave on time (as agents do). Never, until such a moment is near.
         */
        long windDownFrom = Long.MAX_VALUE;
        private AgentCapacity capacity;
        private long capacityVersion = -1;

        AgentSim(EmUser user, FloorPlan.Behaviour behaviour) {
            this.user = user;
            this.behaviour = behaviour;
        }

        /** The agent's published schedule, if the workforce has one for them. */
        Optional<AgentSchedule> schedule() {
            return workforce.schedule(user.id());
        }

        /** Only agents having a normal day take interactions; the others are there for the alerts. */
        boolean takesWork() {
            return behaviour == FloorPlan.Behaviour.NORMAL;
        }

        /** On queue, answering, not about to change presence. */
        boolean available(long now) {
            if (!takesWork() || changeWhenFree || now >= windDownFrom) {
                return false;
            }
            EmUser.Status status = user.status();
            return status.presence() == SystemPresence.ON_QUEUE && (status.routingStatus() == RoutingStatus.IDLE
                    || status.routingStatus() == RoutingStatus.INTERACTING);
        }

        boolean canTake(MediaType media) {
            long version = org.utilization().version();
            if (capacity == null || version != capacityVersion) {
                capacity = AgentCapacity.of(org.utilization().effective(user.id()));
                capacityVersion = version;
            }
            return capacity.canTake(media, handling);
        }

        void take(Conv conv) {
            conversations.add(conv);
            handling.merge(conv.media, 1, Integer::sum);
        }

        void release(Conv conv) {
            if (conversations.remove(conv)) {
                handling.merge(conv.media, -1, (a, b) -> a + b == 0 ? null : a + b);
            }
        }

        /** Whether the agent holds every skill the queue's interactions require (any proficiency). */
        boolean qualifiedFor(QueueSim queue) {
            return user.holdsAll(queue.requiredSkills);
        }

        /** Who is offered first: the one handling least, then the one free longest. */
        boolean before(AgentSim other) {
            if (conversations.size() != other.conversations.size()) {
                return conversations.size() < other.conversations.size();
            }
            return freeSince < other.freeSince;
        }
    }

    /** One queue's arrivals per media, its waiting lines, and its counts for the live traffic. */
    private final class QueueSim {
        final EmQueue queue;
        final List<AgentSim> members = new ArrayList<>();
        final Map<MediaType, ArrayDeque<Conv>> waiting = new EnumMap<>(MediaType.class);
        final Map<MediaType, Integer> interacting = new EnumMap<>(MediaType.class);
        final Map<MediaType, Double> mix;
        /** What every interaction of this queue asks for ({@code requestedRoutingSkillIds}); none for a new queue. */
        final List<String> requiredSkills;
        /** The media whose next arrival is scheduled: each schedules the next as it arrives. */
        final Set<MediaType> arriving = EnumSet.noneOf(MediaType.class);
        final QueueStats stats = new QueueStats(TRAFFIC_WINDOW_MINUTES + 1);
        final double load;
        final double shiftSeconds;
        double ratePerSimSecond;

        QueueSim(EmQueue queue) {
            this.queue = queue;
            for (MediaType media : MediaType.values()) {
                waiting.put(media, new ArrayDeque<>());
            }
            this.mix = mixFor(queue.name());
            this.requiredSkills = plan.queueSkills().getOrDefault(queue.id(), List.of());
            // One queue in four runs hot: busier than its staff, it misses its target at the peaks.
            this.load = random.nextDouble() < 0.25 ? uniform(1.05, 1.2) : uniform(0.75, 0.95);
            this.shiftSeconds = uniform(-20, 20) * 60;
        }

        /** Chat queues are digital; the rest mostly voice with callbacks, some with chat and email beside it. */
        private Map<MediaType, Double> mixFor(String name) {
            Map<MediaType, Double> m = new EnumMap<>(MediaType.class);
            if (name.endsWith("Chat")) {
                m.put(MediaType.CHAT, 0.6);
                m.put(MediaType.MESSAGE, 0.3);
                m.put(MediaType.EMAIL, 0.1);
            } else if (random.nextDouble() < 0.35) {
                m.put(MediaType.CALL, 0.55);
                m.put(MediaType.CHAT, 0.25);
                m.put(MediaType.EMAIL, 0.1);
                m.put(MediaType.CALLBACK, 0.1);
            } else {
                m.put(MediaType.CALL, 0.88);
                m.put(MediaType.CALLBACK, 0.12);
            }
            return m;
        }

        MediaType pickMedia(Random r) {
            double roll = r.nextDouble();
            for (Map.Entry<MediaType, Double> e : mix.entrySet()) {
                roll -= e.getValue();
                if (roll <= 0) {
                    return e.getKey();
                }
            }
            return mix.keySet().iterator().next();
        }

        /** Demand sized to the members' share of their time, at this queue's load and the day's. */
        void resetRate(long now) {
            double staffed = members.stream().filter(AgentSim::takesWork)
                    .mapToDouble(a -> ON_QUEUE_SHARE / Math.max(1, a.queues.size())).sum();
            double work = mix.entrySet().stream()
                    .mapToDouble(e -> e.getValue() * MediaProfile.of(e.getKey()).workSeconds()).sum();
            ratePerSimSecond = staffed * OCCUPANCY * load * settings.load() / work;
            for (MediaType media : mix.keySet()) {
                if (arriving.add(media)) {
                    scheduleArrival(media, now);
                }
            }
        }

        void scheduleArrival(MediaType media, long now) {
            double rate = ratePerSimSecond * mix.get(media) * DayCurve.at(clock.secondOfDay(now) + shiftSeconds);
            double gap = rate > 0 ? exponential(1 / rate) : 60;
            Simulator.this.at(now + clock.wallMillis(gap), t -> arrive(this, media, t));
        }

        EmQueue.Traffic traffic(long now) {
            long minute = simMinute(now);
            QueueStats.Totals window = stats.total(minute - TRAFFIC_WINDOW_MINUTES + 1, minute);
            List<String> skills = requiredSkills;
            Map<MediaType, List<EmQueue.Waiting>> waitingNow = new EnumMap<>(MediaType.class);
            int waitingCount = 0;
            Instant oldest = null;
            for (Map.Entry<MediaType, ArrayDeque<Conv>> line : waiting.entrySet()) {
                if (line.getValue().isEmpty()) {
                    continue;
                }
                // Each line is in arrival order: its head has waited longest.
                waitingNow.put(line.getKey(), line.getValue().stream().map(conv -> new EmQueue.Waiting(conv.id,
                        conv.media, Instant.ofEpochMilli(conv.arrivedMillis), skills)).toList());
                waitingCount += line.getValue().size();
                Instant head = Instant.ofEpochMilli(line.getValue().peek().arrivedMillis);
                if (oldest == null || head.isBefore(oldest)) {
                    oldest = head;
                }
            }
            int interactingNow = interacting.values().stream().mapToInt(Integer::intValue).sum();
            return new EmQueue.Traffic(waitingCount, oldest, interactingNow, window.offered, window.answered,
                    window.abandoned, window.serviceLevel(), waitingNow, interacting);
        }
    }

    /**
     * Changes made over REST (a supervisor's), taken into the simulation on its own thread at the next tick: members
     * added, removed, joined or unjoined; and presences set for an agent, which the agent then keeps for a
     * simulated while instead of being overridden at the next step. The simulator's own changes come back here too
     * and are told apart by the thread that makes them.
     */
    private final class OrgWatcher implements OrgListener {
        @Override
        public void presenceChanged(EmUser user, EmUser.Status status) {
            if (!initialised || Thread.currentThread() == stepper) {
                return;
            }
            inbox.add(() -> {
                AgentSim agent = agents.get(user.id());
                if (agent != null) {
                    setFromOutside(agent, status.presence(), org.clock().millis());
                }
            });
        }

        @Override
        public void routingStatusChanged(EmUser user, EmUser.Status status) {
            // follows presence (set above) or the simulator's own steps
        }

        @Override
        public void membershipChanged(EmQueue queue, String userId, boolean member) {
            if (!initialised) {
                return;
            }
            inbox.add(() -> {
                QueueSim sim = queues.computeIfAbsent(queue.id(), id -> new QueueSim(queue));
                AgentSim agent = agents.get(userId);
                if (agent == null) {
                    return;
                }
                // Only joined members take the queue's interactions.
                boolean joined = member && queue.member(userId).map(EmQueue.Member::joined).orElse(false);
                long now = org.clock().millis();
                if (joined && !sim.members.contains(agent)) {
                    sim.members.add(agent);
                    agent.queues.add(sim);
                    pull(agent, now);
                } else if (!joined) {
                    sim.members.remove(agent);
                    agent.queues.remove(sim);
                }
                sim.resetRate(now);
            });
        }
    }
}
