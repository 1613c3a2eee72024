package io.floorwatch.domain;

/** The ten system presences every Genesys Cloud org has; custom presences map onto one of these. */
public enum SystemPresence {
    AVAILABLE("Available"),
    ON_QUEUE("On Queue"),
    AWAY("Away"),
    BUSY("Busy"),
    BREAK("Break"),
    MEAL("Meal"),
    MEETING("Meeting"),
    TRAINING("Training"),
    IDLE("Idle"),
    OFFLINE("Offline");

    private final String displayName;

    SystemPresence(String displayName) {
        this.displayName = displayName;
    }

    /** The name a supervisor reads on screen. */
    public String displayName() {
        return displayName;
    }
}
