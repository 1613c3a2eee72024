package io.floorwatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One interaction an agent is handling: connected, maybe on hold, or in after-call work once the customer is gone.
 *
 * @param queueId     the queue it came through; null for one that came through no queue
 * @param connectedAt when the agent was connected to it
 * @param heldSince   when the customer was put on hold, null unless on hold now
 * @param acwSince    when after-call work began, null unless in after-call work now
 * @param asOf        the time of the change this state stands for: a change older than it is stale
 */
public record Interaction(String conversationId, MediaType media, String queueId, Instant connectedAt,
        Instant heldSince, Instant acwSince, Instant asOf) {
    /** What the agent is doing with it. */
    public enum Phase {
        CONNECTED("Connected", "Connected"), HELD("On hold", "Hold"), ACW("After-call work", "ACW");

        private final String label;
        private final String shortLabel;

        Phase(String label, String shortLabel) {
            this.label = label;
            this.shortLabel = shortLabel;
        }

        public String label() {
            return label;
        }

        /** For a narrow table cell: "Hold", "ACW" (the words supervisors use). */
        public String shortLabel() {
            return shortLabel;
        }
    }

    public Interaction {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(connectedAt, "connectedAt");
        Objects.requireNonNull(asOf, "asOf");
    }

    public Phase phase() {
        return acwSince != null ? Phase.ACW : heldSince != null ? Phase.HELD : Phase.CONNECTED;
    }

    /** Since when it has been in its phase. */
    public Instant phaseSince() {
        return switch (phase()) {
            case ACW -> acwSince;
            case HELD -> heldSince;
            case CONNECTED -> connectedAt;
        };
    }

    /** How long the agent has handled it so far (talk, hold and after-call work together). */
    public Duration handled(Instant now) {
        return positive(Duration.between(connectedAt, now));
    }

    /** How long it has been in its phase. */
    public Duration inPhase(Instant now) {
        return positive(Duration.between(phaseSince(), now));
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
