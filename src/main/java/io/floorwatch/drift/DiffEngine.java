package io.floorwatch.drift;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns a baseline and a live snapshot into drift rows: every queue, skill and agent skill added, removed or
 * changed, field by field, minus what the ignore rules leave out. Rows come sorted by type, entity and field, so
 * the same two snapshots always give the same table. Severity: what changes who gets routed (skill state, an
 * agent's skills, a queue's skill evaluation or members, a utilisation capacity) is HIGH; service levels and timeouts MEDIUM; text LOW.
 */
public final class DiffEngine {
    private DiffEngine() {
    }

    public static List<DriftRow> diff(ConfigSnapshot baseline, ConfigSnapshot live, IgnoreRules ignore) {
        List<DriftRow> rows = new ArrayList<>();
        queues(baseline, live, rows);
        skills(baseline, live, rows);
        agentSkills(baseline, live, rows);
        utilization(baseline, live, rows);
        return rows.stream().filter(r -> !ignore.ignores(r.type(), r.label(), r.field())).toList();
    }

    private static void queues(ConfigSnapshot baseline, ConfigSnapshot live, List<DriftRow> rows) {
        boolean answering = Math.min(baseline.formatVersion(), live.formatVersion())
                >= ConfigSnapshot.FULL_MEDIA_FORMAT;
        for (String name : union(baseline.queues(), live.queues())) {
            ConfigSnapshot.Queue was = baseline.queues().get(name);
            ConfigSnapshot.Queue now = live.queues().get(name);
            if (was == null || now == null) {
                rows.add(whole(DriftRow.EntityType.QUEUE, name, was == null, DriftRow.Severity.HIGH));
                continue;
            }
            Map<String, String> before = QueueFields.all(was);
            Map<String, String> after = QueueFields.all(now);
            for (String field : union(before, after)) {
                if (QueueFields.ROUTING.contains(field) && !(before.containsKey(field) && after.containsKey(field))) {
                    continue; // a snapshot of format 1 did not record it: nothing to say either way
                }
                if (!answering && QueueFields.answering(field)) {
                    continue; // a snapshot before format 3 did not record it
                }
                String a = before.getOrDefault(field, "");
                String b = after.getOrDefault(field, "");
                if (!a.equals(b)) {
                    rows.add(new DriftRow(DriftRow.EntityType.QUEUE, name, "", field, a, b, a.isEmpty()
                            ? DriftRow.Change.ADDED : b.isEmpty() ? DriftRow.Change.REMOVED : DriftRow.Change.CHANGED,
                            severity(field)));
                }
            }
        }
    }

    private static DriftRow.Severity severity(String field) {
        if (field.equals("skillEvaluationMethod") || field.equals("members") || field.equals("division")
                || field.equals(QueueFields.MEMBER_GROUPS) || field.equals(QueueFields.GROUP_RULES)) {
            return DriftRow.Severity.HIGH;
        }
        return field.equals("description") ? DriftRow.Severity.LOW : DriftRow.Severity.MEDIUM;
    }

    private static void skills(ConfigSnapshot baseline, ConfigSnapshot live, List<DriftRow> rows) {
        for (String name : union(baseline.skills(), live.skills())) {
            String was = baseline.skills().get(name);
            String now = live.skills().get(name);
            if (was == null || now == null) {
                rows.add(whole(DriftRow.EntityType.SKILL, name, was == null, DriftRow.Severity.HIGH));
            } else if (!was.equals(now)) {
                rows.add(new DriftRow(DriftRow.EntityType.SKILL, name, "", "state", was, now, DriftRow.Change.CHANGED,
                        DriftRow.Severity.HIGH));
            }
        }
    }

    private static void agentSkills(ConfigSnapshot baseline, ConfigSnapshot live, List<DriftRow> rows) {
        for (String agent : union(baseline.agents(), live.agents())) {
            Map<String, Double> was = baseline.agents().getOrDefault(agent, Map.of());
            Map<String, Double> now = live.agents().getOrDefault(agent, Map.of());
            for (String skill : union(was, now)) {
                Double a = was.get(skill);
                Double b = now.get(skill);
                if (!Objects.equals(a, b)) {
                    rows.add(new DriftRow(DriftRow.EntityType.AGENT_SKILL, agent, skill, "proficiency",
                            text(a), text(b), a == null ? DriftRow.Change.ADDED : b == null ? DriftRow.Change.REMOVED
                            : DriftRow.Change.CHANGED, DriftRow.Severity.HIGH));
                }
            }
        }
    }

    /** The org's utilisation, when both snapshots recorded it; a capacity decides routing, so it is HIGH. */
    private static void utilization(ConfigSnapshot baseline, ConfigSnapshot live, List<DriftRow> rows) {
        if (!baseline.utilizationRecorded() || !live.utilizationRecorded()) {
            return;
        }
        Map<String, String> before = UtilizationFields.all(baseline.utilization());
        Map<String, String> after = UtilizationFields.all(live.utilization());
        for (String field : union(before, after)) {
            String a = before.getOrDefault(field, "");
            String b = after.getOrDefault(field, "");
            if (!a.equals(b)) {
                rows.add(new DriftRow(DriftRow.EntityType.UTILIZATION, UtilizationFields.ORG, "", field, a, b,
                        !before.containsKey(field) ? DriftRow.Change.ADDED : !after.containsKey(field)
                        ? DriftRow.Change.REMOVED : DriftRow.Change.CHANGED,
                        field.endsWith(UtilizationFields.CAPACITY) ? DriftRow.Severity.HIGH : DriftRow.Severity.MEDIUM));
            }
        }
    }

    private static DriftRow whole(DriftRow.EntityType type, String name, boolean added, DriftRow.Severity severity) {
        return new DriftRow(type, name, "", "*", added ? "" : "present", added ? "present" : "",
                added ? DriftRow.Change.ADDED : DriftRow.Change.REMOVED, severity);
    }

    private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
