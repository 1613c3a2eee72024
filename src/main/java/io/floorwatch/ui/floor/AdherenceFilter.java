package io.floorwatch.ui.floor;

/** The floor's adherence filter: agents by how they keep to their schedule (none chosen: every agent). */
public enum AdherenceFilter {
    OUT("Out of adherence"),
    /** Out of adherence with negative impact: off queue while on-queue work is scheduled. */
    OUT_NEGATIVE("Out, missing from queues");

    /** The filter's drop-down entry for no filter. */
    public static final String ANY = "Any adherence";

    private final String label;

    AdherenceFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    boolean admits(AgentAdherence adherence) {
        return switch (this) {
            case OUT -> adherence.out();
            case OUT_NEGATIVE -> adherence.negative();
        };
    }
}
