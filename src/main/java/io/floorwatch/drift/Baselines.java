package io.floorwatch.drift;

import io.floorwatch.domain.MediaUtilization;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Accepting drift: the baseline takes the live value of each accepted row, and nothing else changes. */
public final class Baselines {
    private Baselines() {
    }

    public static ConfigSnapshot accept(ConfigSnapshot baseline, ConfigSnapshot live, List<DriftRow> rows) {
        Map<String, ConfigSnapshot.Queue> queues = new HashMap<>(baseline.queues());
        Map<String, String> skills = new HashMap<>(baseline.skills());
        Map<String, Map<String, Double>> agents = new HashMap<>();
        Map<String, MediaUtilization> utilization = baseline.utilization();
        baseline.agents().forEach((name, held) -> agents.put(name, new TreeMap<>(held)));
        for (DriftRow row : rows) {
            switch (row.type()) {
                case QUEUE -> {
                    ConfigSnapshot.Queue now = live.queues().get(row.entity());
                    if (row.field().equals("*")) {
                        putOrRemove(queues, row.entity(), now);
                    } else if (now != null && queues.containsKey(row.entity())) {
                        queues.put(row.entity(), QueueFields.with(queues.get(row.entity()), row.field(), now));
                    }
                }
                case SKILL -> putOrRemove(skills, row.entity(), live.skills().get(row.entity()));
                case AGENT_SKILL -> {
                    Map<String, Double> held = agents.computeIfAbsent(row.entity(), k -> new TreeMap<>());
                    putOrRemove(held, row.item(), live.agents().getOrDefault(row.entity(), Map.of()).get(row.item()));
                    if (held.isEmpty()) {
                        agents.remove(row.entity());
                    }
                }
                case UTILIZATION -> utilization = UtilizationFields.with(utilization, row.field(),
                        live.utilization());
            }
        }
        // The baseline keeps its format: one that did not record queues' routing still does not.
        return new ConfigSnapshot(baseline.formatVersion(), queues, skills, agents, utilization);
    }

    private static <V> void putOrRemove(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }
}
