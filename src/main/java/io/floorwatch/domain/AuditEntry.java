package io.floorwatch.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One write Floorwatch attempted against Genesys, as the audit log keeps it.
 *
 * @param action  what kind of write ("queue.create", "queue.members.add", "user.skills.patch")
 * @param target  what it was written to (a queue's name or id, a user id)
 * @param before  the state before, as JSON, or empty
 * @param after   what was sent (or the state after), as JSON, or empty
 * @param outcome "ok", or what went wrong (Genesys' own message)
 * @param latencyMillis how long the write took
 */
public record AuditEntry(Instant at, String actor, String action, String target, String before, String after,
        String outcome, long latencyMillis) {
    public static final String OK = "ok";

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        actor = actor == null ? "" : actor;
        Objects.requireNonNull(action, "action");
        target = target == null ? "" : target;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
        outcome = outcome == null ? "" : outcome;
    }
}
