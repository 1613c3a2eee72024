package io.floorwatch.domain;

import java.time.Instant;

/**
 * What an agent is doing, as a supervisor reads it: the routing status while On Queue, the presence otherwise.
 * The floor counts, colours and filters by this.
 */
public enum Activity {
    IDLE("Idle"),
    INTERACTING("Interacting"),
    COMMUNICATING("Communicating"),
    NOT_RESPONDING("Not responding"),
    ON_QUEUE_OFF("On Queue, not routed"),
    AVAILABLE("Available"),
    BUSY("Busy"),
    AWAY("Away"),
    BREAK("Break"),
    MEAL("Meal"),
    MEETING("Meeting"),
    TRAINING("Training"),
    INACTIVE("Inactive"),
    OFFLINE("Offline");

    private final String label;

    Activity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Activity of(AgentState state) {
        return switch (state.presence()) {
            case ON_QUEUE -> switch (state.routingStatus()) {
                case IDLE -> IDLE;
                case INTERACTING -> INTERACTING;
                case COMMUNICATING -> COMMUNICATING;
                case NOT_RESPONDING -> NOT_RESPONDING;
                case OFF_QUEUE -> ON_QUEUE_OFF;
            };
            case AVAILABLE -> AVAILABLE;
            case BUSY -> BUSY;
            case AWAY -> AWAY;
            case BREAK -> BREAK;
            case MEAL -> MEAL;
            case MEETING -> MEETING;
            case TRAINING -> TRAINING;
            case IDLE -> INACTIVE;
            case OFFLINE -> OFFLINE;
        };
    }

    /** Since when the agent has been doing this: the routing status's start while On Queue, else the presence's. */
    public static Instant since(AgentState state) {
        if (state.presence() == SystemPresence.ON_QUEUE && state.routingSince() != null) {
            return state.presenceSince() != null && state.presenceSince().isAfter(state.routingSince())
                    ? state.presenceSince() : state.routingSince();
        }
        return state.presenceSince();
    }

    static String routingLabel(RoutingStatus status) {
        return switch (status) {
            case OFF_QUEUE -> "Off queue";
            case IDLE -> "Idle";
            case INTERACTING -> "Interacting";
            case COMMUNICATING -> "Communicating";
            case NOT_RESPONDING -> "Not responding";
        };
    }
}
