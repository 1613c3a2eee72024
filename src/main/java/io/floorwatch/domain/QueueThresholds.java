package io.floorwatch.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * One queue's thresholds for its three headline figures: the service level against its target (amber below the
 * target, red below the red line), the interactions waiting and the longest wait (amber from, red from). A field
 * left null is taken from elsewhere ({@link #over}): a queue's own thresholds over the defaults for every queue,
 * over what the queue's Genesys settings say (its call service level), over {@link #BUILT_IN}.
 *
 * @param serviceLevelTarget the share answered within the service-level time the queue is held to (0.8 for 80/20);
 *                           below it the service level is amber
 * @param serviceLevelRed    below this share it is red
 * @param waitingAmber       this many waiting or more is amber
 * @param waitingRed         this many waiting or more is red
 * @param longestWaitAmberSeconds a longest wait of more than this is amber
 * @param longestWaitRedSeconds   a longest wait of more than this is red
 */
public record QueueThresholds(Double serviceLevelTarget, Double serviceLevelRed, Integer waitingAmber,
        Integer waitingRed, Long longestWaitAmberSeconds, Long longestWaitRedSeconds) {
    /** The longest a wait threshold may be: a shift. */
    public static final long MAX_WAIT_SECONDS = 12 * 3600;
    /** The most interactions a waiting threshold may name. */
    public static final int MAX_WAITING = 100_000;
    /** How far below its target a service level falls before it is red, where nothing else says. */
    public static final double RED_MARGIN = 0.2;

    /**
     * What applies where nobody set anything and the queue has no service level of its own: 80 % answered, red
     * below 60 %; 5 waiting amber, 15 red; the longest wait amber after 20 s (the score's default target), red after
     * twice that.
     */
    public static final QueueThresholds BUILT_IN = new QueueThresholds(0.8, 0.6, 5, 15,
            (long) QueueScore.DEFAULT_TARGET_SECONDS, 2 * (long) QueueScore.DEFAULT_TARGET_SECONDS);

    /** No threshold of its own: every figure is taken from below. */
    public static final QueueThresholds NONE = new QueueThresholds(null, null, null, null, null, null);

    /** Refuses a threshold out of range or a red line on the wrong side of its amber, naming the field. */
    public QueueThresholds {
        List<String> problems = problems(serviceLevelTarget, serviceLevelRed, waitingAmber, waitingRed,
                longestWaitAmberSeconds, longestWaitRedSeconds);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** What is wrong with these values, one sentence a problem naming the field; empty when they fit. */
    public static List<String> problems(Double serviceLevelTarget, Double serviceLevelRed, Integer waitingAmber,
            Integer waitingRed, Long longestWaitAmberSeconds, Long longestWaitRedSeconds) {
        List<String> problems = new ArrayList<>();
        share("service-level target", serviceLevelTarget, problems);
        share("service-level red line", serviceLevelRed, problems);
        if (serviceLevelTarget != null && serviceLevelRed != null && serviceLevelRed > serviceLevelTarget) {
            problems.add("the service-level red line (" + percent(serviceLevelRed) + ") must not be above the "
                    + "target (" + percent(serviceLevelTarget) + ")");
        }
        count("waiting amber", waitingAmber, problems);
        count("waiting red", waitingRed, problems);
        if (waitingAmber != null && waitingRed != null && waitingRed < waitingAmber) {
            problems.add("waiting red (" + waitingRed + ") must not be below waiting amber (" + waitingAmber + ")");
        }
        seconds("longest wait amber", longestWaitAmberSeconds, problems);
        seconds("longest wait red", longestWaitRedSeconds, problems);
        if (longestWaitAmberSeconds != null && longestWaitRedSeconds != null
                && longestWaitRedSeconds < longestWaitAmberSeconds) {
            problems.add("longest wait red (" + longestWaitRedSeconds + " s) must not be below longest wait amber ("
                    + longestWaitAmberSeconds + " s)");
        }
        return problems;
    }

    private static void share(String what, Double value, List<String> problems) {
        if (value != null && (value.isNaN() || value < 0 || value > 1)) {
            problems.add("the " + what + " must be 0 % to 100 %, not " + percent(value));
        }
    }

    private static void count(String what, Integer value, List<String> problems) {
        if (value != null && (value < 1 || value > MAX_WAITING)) {
            problems.add(what + " must be 1 to " + MAX_WAITING + ", not " + value);
        }
    }

    private static void seconds(String what, Long value, List<String> problems) {
        if (value != null && (value < 1 || value > MAX_WAIT_SECONDS)) {
            problems.add(what + " must be 1 s to 12 h, not " + value + " s");
        }
    }

    private static String percent(double share) {
        return Math.round(share * 1000) / 10.0 + " %";
    }

    /**
     * Each field of this one, or where it has none, {@code below}'s. Where this one sets only one of a pair (the
     * target and its red line, an amber and its red) and the one taken from below lies on the wrong side of it,
     * the one from below is moved to meet it: what was set here is the deliberate choice, and each layer alone
     * being valid must never make the whole invalid (a queue's Genesys service level changes under the settings).
     */
    public QueueThresholds over(QueueThresholds below) {
        QueueThresholds under = below == null ? NONE : below;
        Double target = pick(serviceLevelTarget, under.serviceLevelTarget);
        Double red = pick(serviceLevelRed, under.serviceLevelRed);
        if (target != null && red != null && red > target) {
            if (serviceLevelRed != null) {
                target = red;
            } else {
                red = target;
            }
        }
        Integer waitAmber = pick(waitingAmber, under.waitingAmber);
        Integer waitRed = pick(waitingRed, under.waitingRed);
        if (waitAmber != null && waitRed != null && waitRed < waitAmber) {
            if (waitingRed != null) {
                waitAmber = waitRed;
            } else {
                waitRed = waitAmber;
            }
        }
        Long longestAmber = pick(longestWaitAmberSeconds, under.longestWaitAmberSeconds);
        Long longestRed = pick(longestWaitRedSeconds, under.longestWaitRedSeconds);
        if (longestAmber != null && longestRed != null && longestRed < longestAmber) {
            if (longestWaitRedSeconds != null) {
                longestAmber = longestRed;
            } else {
                longestRed = longestAmber;
            }
        }
        return new QueueThresholds(target, red, waitAmber, waitRed, longestAmber, longestRed);
    }

    private static <T> T pick(T mine, T theirs) {
        return mine != null ? mine : theirs;
    }

    /**
     * What the queue's own Genesys settings say: its call service level (the share and the time, the time being
     * where a longest wait turns amber), with red a margin below the share and at twice the time. Empty fields for
     * what it does not set.
     */
    public static QueueThresholds ofQueue(RoutingQueue queue) {
        if (queue == null) {
            return NONE;
        }
        MediaSettings call = queue.settings().media().get("call");
        if (call == null) {
            return NONE;
        }
        Double target = call.serviceLevelPercentage() != null && call.serviceLevelPercentage() > 0
                && call.serviceLevelPercentage() <= 1 ? call.serviceLevelPercentage() : null;
        Long amber = call.serviceLevelDurationMs() != null && call.serviceLevelDurationMs() >= 1000
                && call.serviceLevelDurationMs() <= MAX_WAIT_SECONDS * 1000
                ? call.serviceLevelDurationMs() / 1000 : null;
        return new QueueThresholds(target, target == null ? null : Math.max(0, target - RED_MARGIN), null, null,
                amber, amber == null ? null : Math.min(MAX_WAIT_SECONDS, 2 * amber));
    }

    /** True when every field is set (the result of laying thresholds over {@link #BUILT_IN}). */
    public boolean complete() {
        return serviceLevelTarget != null && serviceLevelRed != null && waitingAmber != null && waitingRed != null
                && longestWaitAmberSeconds != null && longestWaitRedSeconds != null;
    }

    /** True when no field is set. */
    public boolean empty() {
        return equals(NONE);
    }

    /** The service level's grade; none measured yet is green. Needs a complete set. */
    public QueueGrade serviceLevel(Double level) {
        if (level == null) {
            return QueueGrade.GREEN;
        }
        if (level < serviceLevelRed) {
            return QueueGrade.RED;
        }
        return level < serviceLevelTarget ? QueueGrade.AMBER : QueueGrade.GREEN;
    }

    /** The waiting count's grade; none measured yet is green. Needs a complete set. */
    public QueueGrade waiting(Integer waiting) {
        if (waiting == null) {
            return QueueGrade.GREEN;
        }
        if (waiting >= waitingRed) {
            return QueueGrade.RED;
        }
        return waiting >= waitingAmber ? QueueGrade.AMBER : QueueGrade.GREEN;
    }

    /** The longest wait's grade; none measured yet is green. Needs a complete set. */
    public QueueGrade longestWait(Double seconds) {
        if (seconds == null) {
            return QueueGrade.GREEN;
        }
        if (seconds > longestWaitRedSeconds) {
            return QueueGrade.RED;
        }
        return seconds > longestWaitAmberSeconds ? QueueGrade.AMBER : QueueGrade.GREEN;
    }
}
