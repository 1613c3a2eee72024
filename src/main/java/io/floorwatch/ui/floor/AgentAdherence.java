package io.floorwatch.ui.floor;

import io.floorwatch.domain.ActivityCategory;
import io.floorwatch.domain.Adherence;
import io.floorwatch.domain.AdherenceImpact;
import io.floorwatch.domain.AdherenceState;

import java.time.Instant;
import java.util.Locale;

/**
 * An agent's adherence as the floor's Scheduled, Adherence and Impact columns show it, the texts made once per
 * change of the agent's record; only the time out of adherence ticks, counted by the cell from {@link #outSince}.
 *
 * @param scheduled what the schedule says now, "Break"; empty when adherence is not known
 * @param state     "In", "Out" or another state's words ("Unscheduled"); empty when not known
 * @param out       whether out of adherence now
 * @param outSince  since when, for the time the cell counts; null while not out
 * @param impact    for an agent out of adherence, what it does to the queues, "Negative"; else empty
 * @param actual    what the agent does, in the schedule's words, "Meal"; empty when not known
 * @param negative  out of adherence with negative impact: the queues miss the agent
 */
public record AgentAdherence(String scheduled, String state, boolean out, Instant outSince, String impact,
        String actual, boolean negative) {
    /** Adherence not known: no workforce management, or not read yet. */
    public static final AgentAdherence UNKNOWN = new AgentAdherence("", "", false, null, "", "", false);

    static AgentAdherence of(Adherence adherence) {
        if (adherence == null) {
            return UNKNOWN;
        }
        boolean out = adherence.out();
        String state = switch (adherence.state()) {
            case IN_ADHERENCE -> "In";
            case OUT_OF_ADHERENCE -> "Out";
            default -> adherence.state().label();
        };
        return new AgentAdherence(adherence.scheduled().label(), state, out, out ? adherence.changedAt() : null,
                out ? adherence.impact().label() : "", adherence.actual().label(),
                out && adherence.impact() == AdherenceImpact.NEGATIVE);
    }

    /** Whether the agent has an adherence record at all. */
    public boolean known() {
        return !state.isEmpty();
    }

    /** "Out: Meal, scheduled On queue (negative impact)" for a tooltip; the plain state otherwise. */
    public String describe() {
        if (!known()) {
            return "Adherence not known";
        }
        if (out) {
            return "Out of adherence: " + actual + ", scheduled " + scheduled + " (" + impact.toLowerCase(
                    Locale.ROOT) + " impact)";
        }
        return (state.equals("In") ? AdherenceState.IN_ADHERENCE.label() : state) + ": " + actual
                + (scheduled.equals(ActivityCategory.UNSCHEDULED.label()) ? " (not scheduled now)"
                        : ", scheduled " + scheduled);
    }
}
