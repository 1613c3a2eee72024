package io.floorwatch.ui.floor;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.AgentStateEvent;
import io.floorwatch.domain.RoutingStatus;
import io.floorwatch.domain.StateKind;
import io.floorwatch.domain.SystemPresence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Folds an agent's presence and routing events (oldest first) into stretches of one activity each. */
final class Timelines {
    private Timelines() {
    }

    static List<TimelineEntry> fold(String agentId, List<AgentStateEvent> events, Instant dayStart) {
        List<TimelineEntry> entries = new ArrayList<>();
        AgentState state = new AgentState(agentId, SystemPresence.OFFLINE, null, null, RoutingStatus.OFF_QUEUE, null);
        Activity current = null;
        Instant since = null;
        for (AgentStateEvent event : events) {
            state = event.kind() == StateKind.PRESENCE
                    ? new AgentState(agentId, SystemPresence.valueOf(event.state()), event.definitionId(), event.at(),
                            state.routingStatus(), state.routingSince())
                    : new AgentState(agentId, state.presence(), state.presenceDefinitionId(), state.presenceSince(),
                            RoutingStatus.valueOf(event.state()), event.at());
            Activity next = Activity.of(state);
            if (next == current) {
                continue;
            }
            Instant at = event.at().isBefore(dayStart) ? dayStart : event.at();
            if (current != null) {
                entries.add(new TimelineEntry(since, at, current));
            }
            current = next;
            since = at;
        }
        if (current != null) {
            entries.add(new TimelineEntry(since, null, current));
        }
        // Zero-length stretches (two events in the same instant, or before the day began) say nothing.
        entries.removeIf(e -> e.end() != null && !e.end().isAfter(e.start()));
        return entries;
    }
}
