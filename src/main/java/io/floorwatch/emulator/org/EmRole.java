package io.floorwatch.emulator.org;

import java.util.Set;

/**
 * A role of the emulated org and the permissions it grants. The three roles are what a contact center gives its
 * people: supervisors who change routing, supervisors who only watch, and agents. Permission names are Genesys'
 * (see the wire notes, "Permissions").
 */
public record EmRole(String id, String name, Set<String> permissions) {
    public static final String SKILL_ASSIGN = "routing:skill:assign";
    public static final String SKILL_MANAGE = "routing:skill:manage";
    public static final String SKILL_VIEW = "routing:skill:view";
    public static final String QUEUE_ADD = "routing:queue:add";
    public static final String QUEUE_EDIT = "routing:queue:edit";
    public static final String QUEUE_DELETE = "routing:queue:delete";
    public static final String QUEUE_VIEW = "routing:queue:view";
    public static final String QUEUE_MEMBER_MANAGE = "routing:queueMember:manage";
    public static final String TOKEN_DELETE = "oauth:token:delete";

    public EmRole {
        permissions = Set.copyOf(permissions);
    }

    public static EmRole supervisor(String id) {
        return new EmRole(id, "Supervisor", Set.of(SKILL_ASSIGN, SKILL_MANAGE, SKILL_VIEW, QUEUE_ADD, QUEUE_EDIT,
                QUEUE_DELETE, QUEUE_VIEW, QUEUE_MEMBER_MANAGE));
    }

    public static EmRole readOnlySupervisor(String id) {
        return new EmRole(id, "Supervisor (read only)", Set.of(SKILL_VIEW, QUEUE_VIEW));
    }

    public static EmRole agent(String id) {
        return new EmRole(id, "Agent", Set.of());
    }
}
