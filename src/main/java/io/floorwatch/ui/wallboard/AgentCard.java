package io.floorwatch.ui.wallboard;

import io.floorwatch.domain.Activity;

import java.time.Instant;

/**
 * One agent's card: who, doing what since when, and why the card is marked if it is.
 *
 * @param since        when the agent began what {@code activity} says (the card counts up from it); null if unknown
 * @param notResponding the agent was offered work and did not answer: the card is red
 * @param alerted      an alert about the agent is raised and nobody has acknowledged it: the card is red
 * @param longWork     an interaction is past its media's threshold (Settings > Interactions): the card is amber
 * @param note         what marks the card in words ("Not responding", "Long call", "Alert: Break for 25 min"),
 *                     empty for an unmarked card
 */
public record AgentCard(String agentId, String name, String team, Activity activity, Instant since,
        boolean notResponding, boolean alerted, boolean longWork, String note) {
    /** Whether the card is marked (the "attention only" board shows just these). */
    public boolean attention() {
        return notResponding || alerted || longWork;
    }

    /** Red for not responding or an alert, amber for long work. */
    public Mark mark() {
        if (notResponding || alerted) {
            return Mark.RED;
        }
        return longWork ? Mark.AMBER : Mark.NONE;
    }

    /** How a card is marked. */
    public enum Mark { NONE, AMBER, RED }
}
