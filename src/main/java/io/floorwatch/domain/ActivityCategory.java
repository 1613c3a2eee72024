package io.floorwatch.domain;

import java.util.Optional;

/**
 * What a scheduled activity is, or what an agent is actually doing, in workforce management's terms: an activity
 * code's {@code category}, an adherence record's {@code scheduledActivityCategory} and
 * {@code actualActivityCategory} (wire notes, "Workforce management and adherence"). The wire spells them in
 * UpperCamel ("OnQueueWork").
 */
public enum ActivityCategory {
    ON_QUEUE_WORK("OnQueueWork", "On queue"),
    BREAK("Break", "Break"),
    MEAL("Meal", "Meal"),
    MEETING("Meeting", "Meeting"),
    OFF_QUEUE_WORK("OffQueueWork", "Off-queue work"),
    TIME_OFF("TimeOff", "Time off"),
    TRAINING("Training", "Training"),
    UNAVAILABLE("Unavailable", "Unavailable"),
    UNSCHEDULED("Unscheduled", "Not scheduled");

    private final String wireName;
    private final String label;

    ActivityCategory(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    /** For people: "On queue", "Not scheduled". */
    public String label() {
        return label;
    }

    /** The category of a wire spelling, in any case; empty for one this build does not know. */
    public static Optional<ActivityCategory> fromWire(String name) {
        return WireNames.find(values(), ActivityCategory::wireName, name);
    }

    /** The category a person names: its label ("On queue"), its wire name or its constant, in any case. */
    public static Optional<ActivityCategory> fromName(String name) {
        return WireNames.find(values(), ActivityCategory::label, name).or(() -> fromWire(name));
    }

    /** Whether the agent is working in a queue in it: the one category that takes interactions. */
    public boolean onQueue() {
        return this == ON_QUEUE_WORK;
    }
}
