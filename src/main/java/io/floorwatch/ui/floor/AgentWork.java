package io.floorwatch.ui.floor;

import io.floorwatch.domain.Interaction;
import io.floorwatch.domain.MediaType;
import io.floorwatch.domain.Utilization;
import io.floorwatch.feed.LiveAgent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an agent is working on, as the floor's Work, Now and Phase columns show it: the texts are made here once per
 * change of the agent (a cell factory making them on every repaint cost the FX thread most of its time at 20,000
 * agents); only the durations, which tick, are left for the cells to count from {@link #nowSince} and
 * {@link #phaseSince}.
 *
 * @param interactions the agent's interactions, oldest first (thresholds are judged on them as the clock moves)
 * @param current      the interaction the Now and Phase cells show (the agent's current one, else the newest); null
 *                     without one
 * @param text         the Work cell: each media's count against its capacity, "Voice 1/1 · Chat 2/3"; empty for none
 * @param overCapacity which media are past their capacity, "Chat 3 of 2"; empty when none is (or it is not known)
 * @param nowMedia     the Now cell's media, "Voice"; empty without an interaction
 * @param nowSince     when the interaction the Now cell shows was connected; null without one
 * @param phase        the Phase cell's words, "Hold"; empty without an interaction
 * @param phaseSince   since when it is on hold or in after-call work; null while connected (nothing to count)
 */
public record AgentWork(List<Interaction> interactions, Interaction current, String text, String overCapacity,
        String nowMedia, Instant nowSince, String phase, Instant phaseSince) {
    /** An agent handling nothing. */
    public static final AgentWork NONE = new AgentWork(List.of(), null, "", "", "", null, "", null);
    /** Between media in the Work cell. */
    static final String SEPARATOR = " · ";
    /** A capacity not known yet: the org's utilisation has not been read. */
    static final String UNKNOWN = "?";

    /** @param utilization what caps the agent's interactions (their own, or the org's), as far as it is known */
    static AgentWork of(LiveAgent agent, Utilization utilization) {
        List<Interaction> interactions = agent.interactions();
        if (interactions.isEmpty()) {
            return NONE;
        }
        int[] counts = new int[MediaType.values().length];
        for (Interaction interaction : interactions) {
            counts[interaction.media().ordinal()]++;
        }
        List<String> work = new ArrayList<>(2);
        List<String> over = new ArrayList<>(1);
        for (MediaType media : MediaType.values()) {
            int count = counts[media.ordinal()];
            if (count == 0) {
                continue;
            }
            int capacity = utilization.capacity(media.wireName());
            work.add(media.label() + " " + count + "/" + (utilization.caps(media) ? Integer.toString(capacity)
                    : UNKNOWN));
            if (utilization.over(media, count)) {
                over.add(media.label() + " " + count + " of " + capacity);
            }
        }
        Interaction current = agent.current().orElse(interactions.get(interactions.size() - 1));
        return new AgentWork(interactions, current, String.join(SEPARATOR, work), String.join(", ", over),
                current.media().label(), current.connectedAt(), current.phase().shortLabel(),
                current.phase() == Interaction.Phase.CONNECTED ? null : current.phaseSince());
    }

    /** Whether any interaction is on hold now. */
    public boolean onHold() {
        return interactions.stream().anyMatch(i -> i.phase() == Interaction.Phase.HELD);
    }

    /** Whether any interaction is in after-call work now. */
    public boolean inAfterCallWork() {
        return interactions.stream().anyMatch(i -> i.phase() == Interaction.Phase.ACW);
    }
}
