package io.floorwatch.domain;

import java.util.Arrays;
import java.util.List;

/**
 * What an alert rule watches for: an agent doing one thing (an {@link Activity}) for too long, and for
 * {@link #IDLE_WHILE_WORK_WAITS} also one of the agent's queues having interactions waiting, which makes a long
 * idle a routing or skills problem rather than a quiet queue. Four conditions are about the agent's interactions
 * rather than their state ({@link #interaction()}): one interaction long connected, on hold or in after-call work,
 * and more interactions of a media than the agent's utilisation allows. {@link #OUT_OF_ADHERENCE} watches the
 * agent against their schedule rather than a state. {@link #CONFIG_DRIFT} is the one condition
 * that is about the org rather than an agent: the drift check raises it, no rule does.
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
    CONFIG_DRIFT(null, false, "Configuration drift");

    private final Activity activity;
    private final boolean needsWaitingQueue;
    private final String label;

    AlertCondition(Activity activity, boolean needsWaitingQueue, String label) {
        this.activity = activity;
        this.needsWaitingQueue = needsWaitingQueue;
        this.label = label;
    }

    /** The conditions a rule can watch an agent for (all but {@link #CONFIG_DRIFT}). */
    public static List<AlertCondition> agentConditions() {
        return Arrays.stream(values()).filter(c -> c != CONFIG_DRIFT).toList();
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
     * The activity the agent must be in; null for the interaction conditions, {@link #OUT_OF_ADHERENCE} and
     * {@link #CONFIG_DRIFT}.
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
