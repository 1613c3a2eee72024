package io.floorwatch.actions;

import java.util.Objects;

/**
 * One thing to do to agents.
 *
 * @param targetId   the presence definition to set, or the queue to join or leave; empty for a log out
 * @param targetName the name a person knows the target by ("Break", "Billing")
 */
public record AgentAction(Kind kind, String targetId, String targetName) {
    public enum Kind { PRESENCE, LOG_OUT, JOIN, LEAVE }

    public AgentAction {
        Objects.requireNonNull(kind, "kind");
        targetId = targetId == null ? "" : targetId;
        targetName = targetName == null || targetName.isBlank() ? targetId : targetName;
    }

    public static AgentAction presence(String definitionId, String label) {
        return new AgentAction(Kind.PRESENCE, definitionId, label);
    }

    public static AgentAction logOut() {
        return new AgentAction(Kind.LOG_OUT, "", "");
    }

    public static AgentAction join(String queueId, String queueName) {
        return new AgentAction(Kind.JOIN, queueId, queueName);
    }

    public static AgentAction leave(String queueId, String queueName) {
        return new AgentAction(Kind.LEAVE, queueId, queueName);
    }

    /** What it does, as a person says it: "Set presence to Break", "Log out", "Join Billing". */
    public String label() {
        return switch (kind) {
            case PRESENCE -> "Set presence to " + targetName;
            case LOG_OUT -> "Log out";
            case JOIN -> "Join " + targetName;
            case LEAVE -> "Leave " + targetName;
        };
    }

    /** A log out ends the agent's sessions; nothing puts them back. */
    public boolean undoable() {
        return kind != Kind.LOG_OUT;
    }

    /** The audit's name for the write. */
    String auditAction() {
        return switch (kind) {
            case PRESENCE -> "user.presence.set";
            case LOG_OUT -> "user.logout";
            case JOIN -> "queue.member.join";
            case LEAVE -> "queue.member.leave";
        };
    }

    boolean onMembership() {
        return kind == Kind.JOIN || kind == Kind.LEAVE;
    }
}
