package io.floorwatch.actions;

import io.floorwatch.domain.Activity;
import io.floorwatch.domain.AgentSnapshot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which agents a command acts on: named in a list (names or emails), on a team, members of a queue, in a state;
 * every criterion given must hold. A name that matches no agent, or more than one, is reported by name and
 * left out; nothing is sent for it.
 *
 * @param names       names or emails, or null for any agent
 * @param team        a team's name, or null
 * @param queueMembers ids of the members of the queue asked for, or null
 * @param state       an activity as the floor names it ("Idle", "Break", "Not responding"), or null
 */
public record AgentSelection(List<String> names, String team, Set<String> queueMembers, String state) {
    /** The agents chosen, and what could not be matched. */
    public record Chosen(List<ActionPlanner.Target> agents, List<String> problems) {
    }

    public Chosen choose(List<AgentSnapshot> everyone) {
        List<String> problems = new ArrayList<>();
        Activity activity = null;
        if (state != null) {
            activity = activity(state);
            if (activity == null) {
                problems.add("no state named '" + state + "'; the states are " + String.join(", ",
                        Arrays.stream(Activity.values()).map(Activity::label).toList()));
                return new Chosen(List.of(), problems);
            }
        }
        List<AgentSnapshot> candidates = everyone;
        if (names != null) {
            candidates = named(everyone, problems);
        }
        List<ActionPlanner.Target> chosen = new ArrayList<>();
        for (AgentSnapshot agent : candidates) {
            if (team != null && !agent.agent().team().equalsIgnoreCase(team)) {
                continue;
            }
            if (queueMembers != null && !queueMembers.contains(agent.agent().id())) {
                continue;
            }
            if (activity != null && (agent.state() == null || Activity.of(agent.state()) != activity)) {
                continue;
            }
            chosen.add(new ActionPlanner.Target(agent.agent().id(), agent.agent().name()));
        }
        return new Chosen(chosen, problems);
    }

    private List<AgentSnapshot> named(List<AgentSnapshot> everyone, List<String> problems) {
        Map<String, AgentSnapshot> found = new LinkedHashMap<>();
        for (String raw : names) {
            String wanted = raw.trim();
            if (wanted.isEmpty() || wanted.startsWith("#")) {
                continue;
            }
            List<AgentSnapshot> matches = everyone.stream().filter(a -> a.agent().email().equalsIgnoreCase(wanted)
                    || a.agent().name().equalsIgnoreCase(wanted)).toList();
            if (matches.isEmpty()) {
                problems.add("no agent named or with the email '" + wanted + "'");
            } else if (matches.size() > 1) {
                problems.add("'" + wanted + "' names " + matches.size() + " agents; use their emails");
            } else {
                found.putIfAbsent(matches.get(0).agent().id(), matches.get(0));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Activity activity(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (Activity activity : Activity.values()) {
            if (activity.label().toLowerCase(Locale.ROOT).equals(wanted)
                    || activity.name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return activity;
            }
        }
        return null;
    }
}
