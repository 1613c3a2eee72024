package io.floorwatch.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What an alert rule watches for: an agent doing one thing (an {@link Activity}) for too long, and for
 * {@link #IDLE_WHILE_WORK_WAITS} also one of the agent's queues having interactions waiting, which makes a long
 * idle a routing or skills problem rather than a quiet queue. Four conditions are about the agent's interactions
 * rather than their state ({@link #interaction()}): one interaction long connected, on hold or in after-call work,
 * and more interactions of a media than the agent's utilisation allows. {@link #OUT_OF_ADHERENCE} watches the
 * agent against their schedule rather than a state. {@link #CONFIG_DRIFT} is about the org rather than an agent:
 * the drift check raises it, no rule does. The queue conditions ({@link #queue()}) are about a queue: the queue
 * alerts raise them from the queue's thresholds, no rule does.
 */
public enum AlertCondition {
    AVAILABLE_OFF_QUEUE(Activity.AVAILABLE, false, "Available, not on queue"),
    IDLE_WHILE_WORK_WAITS(Activity.IDLE, true, "Idle on queue while work waits"),
    IDLE_ON_QUEUE(Activity.IDLE, false, "Idle on queue"),
    NOT_RESPONDING(Activity.NOT_RESPONDING, false, "Not responding"),
    ON_QUEUE_NOT_ROUTED(Activity.ON_QUEUE_OFF, false, "On queue, not routed"),
    BREAK(Activity.BREAK, false, "Break"),
    MEAL(Activity.MEAL, false, "Meal"),
    AWAY(Activity.AWAY, false, "Away"),
    BUSY(Activity.BUSY, false, "Busy"),
    INTERACTING(Activity.INTERACTING, false, "Interacting (long handle)"),
    /** One interaction connected (talk and hold) for too long. */
    LONG_INTERACTION(null, false, "Long interaction"),
    /** A customer on hold for too long. */
    LONG_HOLD(null, false, "Long hold"),
    /** After-call work going on for too long. */
    LONG_ACW(null, false, "Long after-call work"),
    /** More interactions of a media than the agent's utilisation allows. */
    OVER_CAPACITY(null, false, "Over capacity"),
    /** Doing something other than the schedule says (real-time adherence), for too long. */
    OUT_OF_ADHERENCE(null, false, "Out of adherence"),
    /** Not an agent rule: the scheduled drift check found the routing configuration changed from its baseline. */
    CONFIG_DRIFT(null, false, "Configuration drift"),
    /** Not an agent rule: a queue's service level has been below its red line (the queue's thresholds) a while. */
    QUEUE_SERVICE_LEVEL(null, false, "Queue service level below its red line"),
    /** Not an agent rule: a queue has had as many waiting as its red line, or more, a while. */
    QUEUE_WAITING(null, false, "Queue waiting over its red line"),
    /** Not an agent rule: a queue's longest wait has been past its red line a while. */
    QUEUE_LONGEST_WAIT(null, false, "Queue longest wait over its red line");

    private final Activity activity;
    private final boolean needsWaitingQueue;
    private final String label;

    AlertCondition(Activity activity, boolean needsWaitingQueue, String label) {
        this.activity = activity;
        this.needsWaitingQueue = needsWaitingQueue;
        this.label = label;
    }

    /** The conditions a rule can watch an agent for (all but drift and the queue conditions). */
    public static List<AlertCondition> agentConditions() {
        return Arrays.stream(values()).filter(AlertCondition::aboutAnAgent).toList();
    }

    /** Whether it is about a queue's figures against its thresholds. */
    public boolean queue() {
        return this == QUEUE_SERVICE_LEVEL || this == QUEUE_WAITING || this == QUEUE_LONGEST_WAIT;
    }

    /**
     * Whether its alerts are about an agent, raised by a rule; false for drift and the queue conditions, whose
     * alerts name what they are about instead of an agent and are raised by their own checks.
     */
    public boolean aboutAnAgent() {
        return this != CONFIG_DRIFT && !queue();
    }

    /** Whether it watches the agent's interactions (one of them, or how many) rather than their state. */
    public boolean interaction() {
        return this == LONG_INTERACTION || this == LONG_HOLD || this == LONG_ACW || this == OVER_CAPACITY;
    }

    /** Whether it watches the agent's adherence to their schedule. */
    public boolean adherence() {
        return this == OUT_OF_ADHERENCE;
    }

    /** Whether it watches the agent's state (an {@link Activity}): neither interactions, adherence nor drift. */
    public boolean state() {
        return activity != null;
    }

    /**
     * The activity the agent must be in; null for the interaction conditions, {@link #OUT_OF_ADHERENCE},
     * {@link #CONFIG_DRIFT} and the queue conditions.
     */
    public Activity activity() {
        return activity;
    }

    /** Whether one of the agent's queues must also have interactions waiting. */
    public boolean needsWaitingQueue() {
        return needsWaitingQueue;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
