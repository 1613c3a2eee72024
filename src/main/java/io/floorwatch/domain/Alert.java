package io.floorwatch.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One alert about one agent, as stored and shown: which rule rose for whom and since when the agent had been in
 * the state, and what happened to it since (acknowledged by whom with which note, snoozed until when, cleared
 * when). Each change makes a new version with the same id.
 *
 * @param stateSince   when the agent entered the state the alert is about
 * @param thresholdSeconds the rule's threshold when it rose
 * @param reopened     how often the alert came back within the reopen window after clearing (a flapping agent
 *                     keeps one alert instead of raising a new one each time)
 * @param updatedAt    when this version was made
 */
public record Alert(
        String id,
        String agentId,
        String agentName,
        String team,
        String ruleName,
        AlertCondition condition,
        long thresholdSeconds,
        Instant stateSince,
        Instant raisedAt,
        AlertStatus status,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String note,
        Instant snoozedUntil,
        Instant clearedAt,
        int reopened,
        Instant updatedAt) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(stateSince, "stateSince");
        Objects.requireNonNull(raisedAt, "raisedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(updatedAt, "updatedAt");
        agentName = agentName == null ? "" : agentName;
        team = team == null ? "" : team;
        ruleName = ruleName == null ? condition.label() : ruleName;
        acknowledgedBy = acknowledgedBy == null ? "" : acknowledgedBy;
        note = note == null ? "" : note;
    }

    /** How long the agent has been (or was, for a cleared alert) in the state. */
    public Duration inState(Instant now) {
        Instant end = clearedAt != null ? clearedAt : now;
        return Duration.between(stateSince, end).isNegative() ? Duration.ZERO : Duration.between(stateSince, end);
    }

    public Alert acknowledged(String by, String withNote, Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, stateSince, raisedAt,
                AlertStatus.ACKNOWLEDGED, by, at, withNote, null, null, reopened, at);
    }

    public Alert snoozed(Instant until, String by, String withNote, Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, stateSince, raisedAt,
                AlertStatus.SNOOZED, by, acknowledgedAt, withNote, until, null, reopened, at);
    }

    /** Raised again: a snooze ran out while the state still held. */
    public Alert reRaised(Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, stateSince, raisedAt,
                AlertStatus.RAISED, acknowledgedBy, acknowledgedAt, note, null, null, reopened, at);
    }

    /** Back within the reopen window: the same alert, for the agent's new spell in the state. */
    public Alert reopened(Instant newStateSince, Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, newStateSince,
                raisedAt, AlertStatus.RAISED, acknowledgedBy, acknowledgedAt, note, null, null, reopened + 1, at);
    }

    public Alert cleared(Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, stateSince, raisedAt,
                AlertStatus.CLEARED, acknowledgedBy, acknowledgedAt, note, snoozedUntil, at, reopened, at);
    }

    public Alert withNote(String newNote, Instant at) {
        return new Alert(id, agentId, agentName, team, ruleName, condition, thresholdSeconds, stateSince, raisedAt,
                status, acknowledgedBy, acknowledgedAt, newNote, snoozedUntil, clearedAt, reopened, at);
    }

    /**
     * "Ada Lovelace: Not responding for 3 min"; for drift, "Queue Billing: description 'a' -> 'b'"; for a queue,
     * "Billing: service level 62 % below its red line 70 %, for 2 min" (the figure as it was when raised).
     */
    public String headline(Instant now) {
        if (condition == AlertCondition.CONFIG_DRIFT) {
            return agentName + ": " + ruleName;
        }
        if (condition.queue()) {
            return agentName + ": " + ruleName + ", for " + human(inState(now));
        }
        return agentName + ": " + condition.label() + " for " + human(inState(now));
    }

    public static String human(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        if (seconds >= 60) {
            return seconds / 60 + " min";
        }
        return seconds + " s";
    }
}
