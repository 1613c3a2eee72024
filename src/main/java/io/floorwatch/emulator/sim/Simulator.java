package io.floorwatch.emulator.sim;

import io.floorwatch.base.DaemonThreads;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.emulator.org.EmQueue;
import io.floorwatch.emulator.org.EmUser;
import io.floorwatch.emulator.org.OrgDirectory;
import io.floorwatch.emulator.org.OrgListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Moves the simulated floor forward: agents change presence after realistic dwell times, queues receive
 * interactions that wait, get answered by the longest-idle joined member, or abandon. Everything runs on one
 * named thread; {@link #tick(long)} is also callable directly so tests can step time themselves.
 *
 * <p>Longer than our files usually are: agents, interactions and queues are one model stepped by one clock (an
 * answered interaction changes an agent, an agent going on queue changes who can answer), so the step stays in
 * one place rather than in parts that would all share the same state.
 */
public final class Simulator implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Simulator.class);
    static final long TICK_MILLIS = 100;
    private static final long TRAFFIC_PERIOD_MILLIS = 1_000;
    private static final double MEAN_HANDLE_SECONDS = 300;
    private static final double MEAN_PATIENCE_SECONDS = 150;
    private static final double NOT_RESPONDING_CHANCE = 0.01;

    private final OrgDirectory org;
    private final FloorPlan plan;
    private final SimSettings settings;
    private final Random random;
    private final Map<String, AgentSim> agents = new HashMap<>();
    private final Map<String, QueueSim> queues = new HashMap<>();
    private final PriorityQueue<Due> schedule = new PriorityQueue<>();
    private final ConcurrentLinkedQueue<Runnable> inbox = new ConcurrentLinkedQueue<>();
    private final List<TrafficListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread;
    // 0, not Long.MIN_VALUE: "now - last" must not overflow, or the first traffic report never comes.
    private long lastTrafficMillis;
    private volatile boolean initialised;
    /** The thread inside {@link #tick(long)}: changes it makes are the simulator's own. */
    private volatile Thread stepper;

    public Simulator(OrgDirectory org, FloorPlan plan, SimSettings settings) {
        this.org = org;
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

    private void step(long nowMillis) {
        if (!initialised) {
            initialise(nowMillis);
        }
        Runnable change;
        while ((change = inbox.poll()) != null) {
            change.run();
        }
        while (!schedule.isEmpty() && schedule.peek().atMillis <= nowMillis) {
            Due due = schedule.poll();
            AgentSim agent = due.agent;
            if (due.seq != agent.seq) {
                continue;
            }
            if (agent.call != null) {
                endCall(agent, nowMillis);
            } else {
                advance(agent, nowMillis);
            }
        }
        for (QueueSim queue : queues.values()) {
            queue.step(nowMillis);
        }
        if (nowMillis - lastTrafficMillis >= TRAFFIC_PERIOD_MILLIS) {
            lastTrafficMillis = nowMillis;
            queues.values().removeIf(q -> org.queue(q.queue.id()).isEmpty());
            for (QueueSim queue : queues.values()) {
                EmQueue.Traffic traffic = queue.traffic(nowMillis);
                queue.queue.traffic(traffic);
                listeners.forEach(l -> l.traffic(queue.queue, traffic));
            }
        }
    }

    private void initialise(long nowMillis) {
        initialised = true;
        for (EmQueue queue : org.queues()) {
            queues.put(queue.id(), new QueueSim(queue, nowMillis));
        }
        for (EmUser user : org.users()) {
            AgentSim agent = new AgentSim(user, plan.behaviourOf(user.id()));
            agents.put(user.id(), agent);
        }
        for (QueueSim queue : queues.values()) {
            for (EmQueue.Member member : queue.queue.members()) {
                AgentSim agent = agents.get(member.userId());
                if (agent != null && member.joined()) {
                    queue.members.add(agent);
                    agent.queues.add(queue);
                }
            }
            queue.resetRate(nowMillis);
        }
        for (AgentSim agent : agents.values()) {
            EmUser.Status status = agent.user.status();
            if (status.presence() == SystemPresence.ON_QUEUE && status.routingStatus() == RoutingStatus.IDLE
                    && agent.behaviour == FloorPlan.Behaviour.NORMAL) {
                agent.queues.forEach(q -> q.idle.add(agent));
            }
            // Spread the first changes over the opening dwell so the floor does not move in lockstep.
            scheduleIn(agent, nowMillis, dwellSeconds(agent, status.presence()) * random.nextDouble());
        }
    }

    // ---- agents ----------------------------------------------------------------------------------------

    private void advance(AgentSim agent, long now) {
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
                    scheduleIn(agent, now, uniform(20, 40) * 60);
                } else if (presence == SystemPresence.ON_QUEUE) {
                    goTo(agent, SystemPresence.AVAILABLE, now, uniform(1, 3) * 60);
                } else {
                    goOnQueue(agent, now, uniform(3, 8) * 60);
                }
            }
            case NORMAL -> advanceNormal(agent, status, now);
        }
    }

    private void advanceNormal(AgentSim agent, EmUser.Status status, long now) {
        if (status.presence() != SystemPresence.ON_QUEUE) {
            goOnQueue(agent, now, dwellSeconds(agent, SystemPresence.ON_QUEUE));
            return;
        }
        if (status.routingStatus() == RoutingStatus.NOT_RESPONDING) {
            // The agent notices, steps off queue for a moment, then comes back.
            goTo(agent, SystemPresence.AVAILABLE, now, uniform(1, 3) * 60);
            return;
        }
        double roll = random.nextDouble();
        SystemPresence next;
        if (roll < 0.40) {
            next = SystemPresence.BREAK;
        } else if (roll < 0.55) {
            next = SystemPresence.AWAY;
        } else if (roll < 0.70) {
            next = SystemPresence.BUSY;
        } else if (roll < 0.80) {
            next = SystemPresence.MEETING;
        } else if (roll < 0.90) {
            next = SystemPresence.MEAL;
        } else if (roll < 0.95) {
            next = SystemPresence.AVAILABLE;
        } else {
            next = SystemPresence.TRAINING;
        }
        goTo(agent, next, now, dwellSeconds(agent, next));
    }

    private double dwellSeconds(AgentSim agent, SystemPresence presence) {
        if (agent.behaviour != FloorPlan.Behaviour.NORMAL) {
            return uniform(5, 30) * 60;
        }
        return switch (presence) {
            case ON_QUEUE -> 600 + exponential(2_400);
            // One break in ten overruns, so "long break" alerts have real cases.
            case BREAK -> random.nextDouble() < 0.1 ? uniform(18, 25) * 60 : uniform(10, 15) * 60;
            case MEAL -> random.nextDouble() < 0.1 ? uniform(33, 40) * 60 : uniform(25, 30) * 60;
            case AWAY, BUSY -> uniform(2, 14) * 60;
            case MEETING -> uniform(15, 45) * 60;
            case TRAINING -> uniform(20, 60) * 60;
            case AVAILABLE -> uniform(1, 6) * 60;
            case OFFLINE, IDLE -> uniform(5, 30) * 60;
        };
    }

    private void goOnQueue(AgentSim agent, long now, double dwellSeconds) {
        org.setPresence(agent.user, SystemPresence.ON_QUEUE);
        org.setRoutingStatus(agent.user, RoutingStatus.IDLE);
        if (agent.behaviour == FloorPlan.Behaviour.NORMAL) {
            agent.queues.forEach(q -> q.idle.add(agent));
        }
        scheduleIn(agent, now, dwellSeconds);
    }

    private void goTo(AgentSim agent, SystemPresence presence, long now, double dwellSeconds) {
        agent.queues.forEach(q -> q.idle.remove(agent));
        org.setPresence(agent.user, presence);
        scheduleIn(agent, now, dwellSeconds);
    }

    /**
     * A presence someone set for the agent (a supervisor over REST, or a log out): the agent keeps it for a
     * simulated while, then carries on as usual. An interaction in progress runs to its end; the agent takes no
     * new one unless the presence is On Queue.
     */
    private void setFromOutside(AgentSim agent, SystemPresence presence, long now) {
        agent.queues.forEach(q -> q.idle.remove(agent));
        double hold = presence == SystemPresence.ON_QUEUE ? dwellSeconds(agent, presence) : uniform(15, 30) * 60;
        if (agent.call != null) {
            agent.presenceDueMillis = now + wallMillis(hold);
            return;
        }
        if (presence == SystemPresence.ON_QUEUE) {
            if (agent.user.status().routingStatus() == RoutingStatus.OFF_QUEUE) {
                org.setRoutingStatus(agent.user, RoutingStatus.IDLE);
            }
            if (agent.behaviour == FloorPlan.Behaviour.NORMAL) {
                agent.queues.forEach(q -> q.idle.add(agent));
            }
        }
        scheduleIn(agent, now, hold);
    }

    private void scheduleIn(AgentSim agent, long now, double simSeconds) {
        scheduleAt(agent, now + wallMillis(simSeconds));
    }

    private void scheduleAt(AgentSim agent, long atMillis) {
        agent.seq++;
        agent.dueMillis = atMillis;
        schedule.add(new Due(atMillis, agent, agent.seq));
    }

    // ---- interactions ----------------------------------------------------------------------------------

    private boolean offer(QueueSim queue, Call call, long now) {
        while (!queue.idle.isEmpty()) {
            AgentSim agent = queue.idle.iterator().next();
            agent.queues.forEach(q -> q.idle.remove(agent));
            EmUser.Status status = agent.user.status();
            if (status.presence() != SystemPresence.ON_QUEUE || status.routingStatus() != RoutingStatus.IDLE) {
                continue; // changed behind the simulator's back (a REST write); no longer available
            }
            if (random.nextDouble() < NOT_RESPONDING_CHANCE) {
                org.setRoutingStatus(agent.user, RoutingStatus.NOT_RESPONDING);
                scheduleIn(agent, now, uniform(1, 4) * 60);
                continue;
            }
            queue.answered(call, now);
            agent.call = call;
            agent.presenceDueMillis = agent.dueMillis;
            queue.interacting++;
            org.setRoutingStatus(agent.user, RoutingStatus.INTERACTING);
            scheduleIn(agent, now, Math.max(20, exponential(MEAN_HANDLE_SECONDS)));
            return true;
        }
        return false;
    }

    private void endCall(AgentSim agent, long now) {
        agent.call.queue.interacting--;
        agent.call = null;
        if (agent.user.status().presence() != SystemPresence.ON_QUEUE) {
            // Taken off queue during the interaction (a supervisor's change): it ends there, nothing new comes.
            scheduleAt(agent, Math.max(now + 1, agent.presenceDueMillis));
            return;
        }
        if (agent.presenceDueMillis <= now) {
            org.setRoutingStatus(agent.user, RoutingStatus.IDLE);
            advance(agent, now);
            return;
        }
        org.setRoutingStatus(agent.user, RoutingStatus.IDLE);
        agent.queues.forEach(q -> q.idle.add(agent));
        scheduleAt(agent, agent.presenceDueMillis);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private long wallMillis(double simSeconds) {
        return Math.max(1, Math.round(simSeconds * 1000 / settings.speed()));
    }

    private double uniform(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private static final class AgentSim {
        final EmUser user;
        final FloorPlan.Behaviour behaviour;
        final List<QueueSim> queues = new ArrayList<>();
        long seq;
        long dueMillis;
        long presenceDueMillis;
        Call call;

        AgentSim(EmUser user, FloorPlan.Behaviour behaviour) {
            this.user = user;
            this.behaviour = behaviour;
        }
    }

    private record Due(long atMillis, AgentSim agent, long seq) implements Comparable<Due> {
        @Override
        public int compareTo(Due other) {
            return Long.compare(atMillis, other.atMillis);
        }
    }

    private record Call(QueueSim queue, long arrivedMillis, long patienceMillis) {
    }

    /** One queue's interactions: arrivals, the waiting line, and per-minute counters for rates. */
    private final class QueueSim {
        private static final int WINDOW_MINUTES = 30;
        final EmQueue queue;
        final List<AgentSim> members = new ArrayList<>();
        final LinkedHashSet<AgentSim> idle = new LinkedHashSet<>();
        final ArrayDeque<Call> waiting = new ArrayDeque<>();
        final double load;
        final double phase;
        final long[] bucketMinute = new long[WINDOW_MINUTES];
        final long[] offered = new long[WINDOW_MINUTES];
        final long[] answered = new long[WINDOW_MINUTES];
        final long[] answeredInTarget = new long[WINDOW_MINUTES];
        final long[] abandoned = new long[WINDOW_MINUTES];
        double ratePerSimSecond;
        long nextArrivalMillis;
        int interacting;

        QueueSim(EmQueue queue, long now) {
            this.queue = queue;
            this.load = random.nextDouble() < 0.2 ? uniform(1.05, 1.3) : uniform(0.6, 0.95);
            this.phase = random.nextDouble() * Math.PI * 2;
            this.nextArrivalMillis = now;
        }

        void resetRate(long now) {
            // Enough work to keep the members busy at the queue's load, shared with their other queues.
            double perAgent = members.stream().mapToDouble(a -> 1.0 / Math.max(1, a.queues.size())).sum();
            ratePerSimSecond = perAgent * 0.62 * load / MEAN_HANDLE_SECONDS;
            nextArrivalMillis = now + nextGap(now);
        }

        long nextGap(long now) {
            double simSeconds = now * settings.speed() / 1000.0;
            double rate = ratePerSimSecond * (1 + 0.3 * Math.sin(2 * Math.PI * simSeconds / 1800 + phase));
            if (rate <= 0) {
                return 60_000;
            }
            return wallMillis(exponential(1 / rate));
        }

        void step(long now) {
            while (nextArrivalMillis <= now && ratePerSimSecond > 0) {
                long arrived = nextArrivalMillis;
                waiting.add(new Call(this, arrived, arrived + wallMillis(exponential(MEAN_PATIENCE_SECONDS))));
                count(offered, arrived);
                nextArrivalMillis = arrived + nextGap(arrived);
            }
            if (ratePerSimSecond <= 0 && nextArrivalMillis <= now) {
                nextArrivalMillis = now + 60_000;
            }
            waiting.removeIf(call -> {
                if (call.patienceMillis() <= now) {
                    count(abandoned, now);
                    return true;
                }
                return false;
            });
            while (!waiting.isEmpty()) {
                Call call = waiting.peek();
                if (!offer(this, call, now)) {
                    break;
                }
                waiting.poll();
            }
        }

        void answered(Call call, long now) {
            count(answered, now);
            long waitedSimMillis = (long) ((now - call.arrivedMillis()) * settings.speed());
            if (waitedSimMillis <= serviceLevelTargetMillis()) {
                count(answeredInTarget, now);
            }
        }

        long serviceLevelTargetMillis() {
            return queue.body().path("mediaSettings").path("call").path("serviceLevel").path("durationMs")
                    .asLong(20_000);
        }

        void count(long[] counter, long atMillis) {
            long minute = (long) (atMillis * settings.speed() / 60_000);
            int slot = (int) (minute % WINDOW_MINUTES);
            if (bucketMinute[slot] != minute) {
                bucketMinute[slot] = minute;
                offered[slot] = 0;
                answered[slot] = 0;
                answeredInTarget[slot] = 0;
                abandoned[slot] = 0;
            }
            counter[slot]++;
        }

        EmQueue.Traffic traffic(long now) {
            long minute = (long) (now * settings.speed() / 60_000);
            long sumOffered = 0;
            long sumAnswered = 0;
            long sumInTarget = 0;
            long sumAbandoned = 0;
            for (int i = 0; i < WINDOW_MINUTES; i++) {
                if (minute - bucketMinute[i] < WINDOW_MINUTES) {
                    sumOffered += offered[i];
                    sumAnswered += answered[i];
                    sumInTarget += answeredInTarget[i];
                    sumAbandoned += abandoned[i];
                }
            }
            Call oldest = waiting.peek();
            double serviceLevel = sumAnswered == 0 ? 1.0 : (double) sumInTarget / sumAnswered;
            return new EmQueue.Traffic(waiting.size(),
                    oldest == null ? null : Instant.ofEpochMilli(oldest.arrivedMillis()), interacting,
                    sumOffered, sumAnswered, sumAbandoned, serviceLevel);
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
                QueueSim sim = queues.computeIfAbsent(queue.id(), id -> new QueueSim(queue, org.clock().millis()));
                AgentSim agent = agents.get(userId);
                if (agent == null) {
                    return;
                }
                // Only joined members take the queue's interactions.
                boolean joined = member && queue.member(userId).map(EmQueue.Member::joined).orElse(false);
                if (joined && !sim.members.contains(agent)) {
                    sim.members.add(agent);
                    agent.queues.add(sim);
                    EmUser.Status status = agent.user.status();
                    if (status.presence() == SystemPresence.ON_QUEUE && status.routingStatus() == RoutingStatus.IDLE
                            && agent.call == null && agent.behaviour == FloorPlan.Behaviour.NORMAL) {
                        sim.idle.add(agent);
                    }
                } else if (!joined) {
                    sim.members.remove(agent);
                    sim.idle.remove(agent);
                    agent.queues.remove(sim);
                }
                sim.resetRate(org.clock().millis());
            });
        }
    }
}
