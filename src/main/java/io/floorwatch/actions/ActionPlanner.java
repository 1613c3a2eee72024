package io.floorwatch.actions;

import io.floorwatch.domain.AgentSnapshot;
import io.floorwatch.domain.AgentState;
import io.floorwatch.domain.PresenceDefinition;
import io.floorwatch.domain.QueueMember;
import io.floorwatch.domain.SystemPresence;
import io.floorwatch.genesys.GenesysGateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Previews a batch against what Genesys holds now: the agents' presences read in bulk, or the queue's members
 * with their joined state. Sends nothing. The runner reads the same facts again before it writes, and skips an
 * agent whose fact changed in between.
 */
public final class ActionPlanner {
    static final String JOINED = "joined";
    static final String NOT_JOINED = "not joined";

    private final GenesysGateway gateway;

    public ActionPlanner(GenesysGateway gateway) {
        this.gateway = gateway;
    }

    /** An agent to act on, by the id Genesys knows them by and the name a person does. */
    public record Target(String agentId, String name) {
    }

    public ActionPlan plan(AgentAction action, List<Target> agents, String reason) {
        List<ActionPlan.Row> rows = new ArrayList<>();
        if (action.onMembership()) {
            Map<String, QueueMember> members = members(action.targetId());
            String to = action.kind() == AgentAction.Kind.JOIN ? JOINED : NOT_JOINED;
            for (Target agent : agents) {
                QueueMember member = members.get(agent.agentId());
                String now = member == null ? "" : joined(member);
                String skip = member == null ? "not a member of " + action.targetName()
                        : now.equals(to) ? "already " + to : null;
                rows.add(new ActionPlan.Row(agent.agentId(), agent.name(), now, now, to, to, skip));
            }
        } else {
            Map<String, AgentState> states = states(agents.stream().map(Target::agentId).toList());
            PresenceNames names = presenceNames();
            for (Target agent : agents) {
                AgentState state = states.get(agent.agentId());
                if (state == null) {
                    rows.add(new ActionPlan.Row(agent.agentId(), agent.name(), "", "", "", "",
                            "not found in Genesys (or not in a division you may see)"));
                    continue;
                }
                String now = presenceFact(state);
                String shown = names.of(state);
                if (action.kind() == AgentAction.Kind.LOG_OUT) {
                    String skip = state.presence() == SystemPresence.OFFLINE ? "already offline" : null;
                    rows.add(new ActionPlan.Row(agent.agentId(), agent.name(), now, shown, "",
                            "Offline (logged out)", skip));
                } else {
                    String skip = now.equals(action.targetId()) ? "already " + action.targetName() : null;
                    rows.add(new ActionPlan.Row(agent.agentId(), agent.name(), now, shown, action.targetId(),
                            action.targetName(), skip));
                }
            }
        }
        return new ActionPlan(action, reason, rows);
    }

    /** The org's presence definitions (what "set presence" may choose from). */
    public List<PresenceDefinition> presences() {
        return gateway.presenceDefinitions();
    }

    Map<String, AgentState> states(List<String> agentIds) {
        return gateway.usersById(agentIds).stream().collect(Collectors.toMap(s -> s.agent().id(),
                AgentSnapshot::state, (a, b) -> a));
    }

    Map<String, QueueMember> members(String queueId) {
        return gateway.queueMembers(queueId).stream().collect(Collectors.toMap(QueueMember::userId,
                Function.identity(), (a, b) -> a));
    }

    static String joined(QueueMember member) {
        return member.joined() ? JOINED : NOT_JOINED;
    }

    /** The presence as a fact: its definition where Genesys names one, else its system presence. */
    static String presenceFact(AgentState state) {
        if (state.presenceDefinitionId() != null && !state.presenceDefinitionId().isEmpty()) {
            return state.presenceDefinitionId();
        }
        return state.presence() == null ? "" : state.presence().name();
    }

    PresenceNames presenceNames() {
        Map<String, String> labels = new HashMap<>();
        for (PresenceDefinition definition : gateway.presenceDefinitions()) {
            labels.put(definition.id(), definition.label());
        }
        return new PresenceNames(labels);
    }

    /** Presence definitions by id, for showing a state by the name the org gives it. */
    record PresenceNames(Map<String, String> labels) {
        String of(AgentState state) {
            String label = state.presenceDefinitionId() == null ? null : labels.get(state.presenceDefinitionId());
            if (label != null) {
                return label;
            }
            return state.presence() == null ? "" : state.presence().displayName();
        }
    }
}
