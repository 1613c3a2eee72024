package io.floorwatch.domain;

/** Where an alert is in its life: raised, then acknowledged or snoozed, and cleared when the state ends. */
public enum AlertStatus {
    RAISED("Raised"),
    ACKNOWLEDGED("Acknowledged"),
    SNOOZED("Snoozed"),
    CLEARED("Cleared");

    private final String label;

    AlertStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean active() {
        return this != CLEARED;
    }

    @Override
    public String toString() {
        return label;
    }
}
