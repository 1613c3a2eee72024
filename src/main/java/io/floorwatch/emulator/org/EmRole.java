package io.floorwatch.emulator.org;

import io.floorwatch.domain.GenesysPermissions;

import java.util.Set;

/**
 * A role of the emulated org and the permissions it grants. The three roles are what a contact center gives its
 * people: supervisors who change routing, supervisors who only watch, and agents. Permission names are Genesys'
 * (see the wire notes, "Permissions").
 */
public record EmRole(String id, String name, Set<String> permissions) {
    public static final String SKILL_ASSIGN = GenesysPermissions.SKILL_ASSIGN;
    public static final String SKILL_MANAGE = GenesysPermissions.SKILL_MANAGE;
    public static final String SKILL_VIEW = GenesysPermissions.SKILL_VIEW;
    public static final String QUEUE_ADD = GenesysPermissions.QUEUE_ADD;
    public static final String QUEUE_EDIT = GenesysPermissions.QUEUE_EDIT;
    public static final String QUEUE_DELETE = GenesysPermissions.QUEUE_DELETE;
    public static final String QUEUE_VIEW = GenesysPermissions.QUEUE_VIEW;
    public static final String QUEUE_MEMBER_MANAGE = GenesysPermissions.QUEUE_MEMBER_MANAGE;
    public static final String QUEUE_JOIN = GenesysPermissions.QUEUE_JOIN;
    public static final String TOKEN_DELETE = GenesysPermissions.TOKEN_DELETE;
    public static final String UTILIZATION_MANAGE = GenesysPermissions.UTILIZATION_MANAGE;
    public static final String UTILIZATION_VIEW = GenesysPermissions.UTILIZATION_VIEW;
    public static final String REALTIME_ADHERENCE_VIEW = GenesysPermissions.REALTIME_ADHERENCE_VIEW;
    public static final String PUBLISHED_SCHEDULE_VIEW = GenesysPermissions.PUBLISHED_SCHEDULE_VIEW;

    public EmRole {
        permissions = Set.copyOf(permissions);
    }

    public static EmRole supervisor(String id) {
        return new EmRole(id, "Supervisor", Set.of(SKILL_ASSIGN, SKILL_MANAGE, SKILL_VIEW, QUEUE_ADD, QUEUE_EDIT,
                QUEUE_DELETE, QUEUE_VIEW, QUEUE_MEMBER_MANAGE, TOKEN_DELETE, UTILIZATION_MANAGE, UTILIZATION_VIEW,
                REALTIME_ADHERENCE_VIEW, PUBLISHED_SCHEDULE_VIEW));
    }

    public static EmRole readOnlySupervisor(String id) {
        return new EmRole(id, "Supervisor (read only)", Set.of(SKILL_VIEW, QUEUE_VIEW, UTILIZATION_VIEW,
                REALTIME_ADHERENCE_VIEW, PUBLISHED_SCHEDULE_VIEW));
    }

    public static EmRole agent(String id) {
        return new EmRole(id, "Agent", Set.of(QUEUE_JOIN));
    }
}
