package io.floorwatch.domain;

/**
 * The Genesys Cloud permissions Floorwatch's writes need, spelled as Genesys spells them (the SDK's API docs,
 * "Requires ANY permissions"; see the wire notes). The screens hold an action back when the person lacks its one.
 */
public final class GenesysPermissions {
    /** Add, change or remove a user's routing skills ({@code /api/v2/users/{userId}/routingskills...}). */
    public static final String SKILL_ASSIGN = "routing:skill:assign";
    /** Create or delete routing skills ({@code POST /api/v2/routing/skills}, {@code DELETE .../{skillId}}). */
    public static final String SKILL_MANAGE = "routing:skill:manage";
    public static final String SKILL_VIEW = "routing:skill:view";
    /** Create a queue ({@code POST /api/v2/routing/queues}). */
    public static final String QUEUE_ADD = "routing:queue:add";
    /** Change a queue or its members ({@code PUT /api/v2/routing/queues/{queueId}}, {@code POST .../members}). */
    public static final String QUEUE_EDIT = "routing:queue:edit";
    public static final String QUEUE_DELETE = "routing:queue:delete";
    public static final String QUEUE_VIEW = "routing:queue:view";
    /** Join or unjoin one's own queues ({@code GET/PATCH /api/v2/users/{userId}/queues}). */
    public static final String QUEUE_JOIN = "routing:queue:join";
    /**
     * Change queue members without editing the queue: add, remove, join or unjoin them
     * ({@code PATCH /api/v2/routing/queues/{queueId}/members[/{memberId}]}, with {@link #QUEUE_EDIT} as the other).
     */
    public static final String QUEUE_MEMBER_MANAGE = "routing:queueMember:manage";
    /**
     * Change the org's or an agent's utilisation ({@code PUT/DELETE /api/v2/routing/utilization},
     * {@code PUT/DELETE /api/v2/routing/users/{userId}/utilization}); reading takes it or {@link #UTILIZATION_VIEW}.
     */
    public static final String UTILIZATION_MANAGE = "routing:utilization:manage";
    public static final String UTILIZATION_VIEW = "routing:utilization:view";
    /**
     * See agents' real-time adherence: a management unit's adherence read and topic (wire notes, "Workforce
     * management and adherence"); it also lists management units, their agents and the activity codes.
     */
    public static final String REALTIME_ADHERENCE_VIEW = "wfm:realtimeAdherence:view";
    /** Read agents' published schedules ({@code POST …/managementunits/{id}/agentschedules/search}). */
    public static final String PUBLISHED_SCHEDULE_VIEW = "wfm:publishedSchedule:view";
    /** The other way to read schedules, and to list units, agents and activity codes. */
    public static final String SCHEDULE_VIEW = "wfm:schedule:view";
    /** List management units (one of the permissions that may). */
    public static final String MANAGEMENT_UNIT_VIEW = "wfm:managementUnit:view";
    /** List a unit's agents (one of the permissions that may). */
    public static final String WFM_AGENT_VIEW = "wfm:agent:view";
    /** List activity codes (one of the permissions that may). */
    public static final String ACTIVITY_CODE_VIEW = "wfm:activityCode:view";
    /** Revoke another user's tokens ({@code DELETE /api/v2/tokens/{userId}}). */
    public static final String TOKEN_DELETE = "oauth:token:delete";

    private GenesysPermissions() {
    }
}
