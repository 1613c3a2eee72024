package io.floorwatch.drift;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A snapshot queue's fields by the names drift rows use ("description", "media.call.alertingTimeoutSeconds",
 * "members"), read as text and set one at a time from another queue (what accepting a row does).
 */
final class QueueFields {
    static final String MEMBERS = "members";
    static final String MEDIA = "media.";
    static final String RINGS = "rings";
    static final String GROUP_RULES = "groupRules";
    static final String IN_QUEUE_FLOW = "inQueueFlow";
    static final String MEMBER_GROUPS = "memberGroups";
    /** The routing fields: compared only when both snapshots recorded them (format 2). */
    static final Set<String> ROUTING = Set.of(RINGS, GROUP_RULES, IN_QUEUE_FLOW, MEMBER_GROUPS);

    private QueueFields() {
    }

    /** Every field as text; empty for unset. */
    static Map<String, String> all(ConfigSnapshot.Queue queue) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("description", queue.description());
        fields.put("division", queue.division());
        fields.put("skillEvaluationMethod", queue.skillEvaluationMethod());
        fields.put("wrapupPrompt", queue.wrapupPrompt());
        fields.put("acwTimeoutMs", text(queue.acwTimeoutMs()));
        queue.media().forEach((type, media) -> {
            fields.put(MEDIA + type + ".alertingTimeoutSeconds", text(media.alertingTimeoutSeconds()));
            fields.put(MEDIA + type + ".serviceLevelPercentage", text(media.serviceLevelPercentage()));
            fields.put(MEDIA + type + ".serviceLevelDurationMs", text(media.serviceLevelDurationMs()));
        });
        fields.put(MEMBERS, String.join(", ", queue.members()));
        if (queue.routingRecorded()) {
            fields.put(RINGS, String.join("; ", queue.rings().stream().map(QueueFields::ring).toList()));
            fields.put(GROUP_RULES, String.join("; ", queue.groupRules().stream().map(QueueFields::rule).toList()));
            fields.put(IN_QUEUE_FLOW, queue.inQueueFlow() == null ? "" : queue.inQueueFlow());
            fields.put(MEMBER_GROUPS, String.join(", ", queue.memberGroups()));
        }
        return fields;
    }

    /** "after 15 s without Spanish, French", or "after 15 s". */
    static String ring(ConfigSnapshot.Ring ring) {
        return "after " + number(ring.expandAfterSeconds()) + " s" + (ring.skillsRemoved().isEmpty() ? ""
                : " without " + String.join(", ", ring.skillsRemoved()));
    }

    /** "when Support EstimatedWaitTime GreaterThan 120, after 10 s add GROUP:Night shift". */
    static String rule(ConfigSnapshot.GroupRule rule) {
        return "when " + (rule.queue().isEmpty() ? "this queue" : rule.queue()) + " " + rule.metric() + " "
                + rule.operator() + " " + number(rule.value()) + ", after " + rule.waitSeconds() + " s add "
                + String.join(", ", rule.groups());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** {@code target} with {@code field} as {@code source} has it. */
    static ConfigSnapshot.Queue with(ConfigSnapshot.Queue target, String field, ConfigSnapshot.Queue source) {
        String description = target.description();
        String division = target.division();
        String method = target.skillEvaluationMethod();
        String wrapup = target.wrapupPrompt();
        Long acw = target.acwTimeoutMs();
        Map<String, ConfigSnapshot.Media> media = new TreeMap<>(target.media());
        List<String> members = target.members();
        List<ConfigSnapshot.Ring> rings = target.rings();
        List<ConfigSnapshot.GroupRule> rules = target.groupRules();
        String flow = target.inQueueFlow();
        List<String> groups = target.memberGroups();
        switch (field) {
            case "description" -> description = source.description();
            case "division" -> division = source.division();
            case "skillEvaluationMethod" -> method = source.skillEvaluationMethod();
            case "wrapupPrompt" -> wrapup = source.wrapupPrompt();
            case "acwTimeoutMs" -> acw = source.acwTimeoutMs();
            case MEMBERS -> members = source.members();
            case RINGS -> rings = source.rings();
            case GROUP_RULES -> rules = source.groupRules();
            case IN_QUEUE_FLOW -> flow = source.inQueueFlow();
            case MEMBER_GROUPS -> groups = source.memberGroups();
            default -> {
                if (!field.startsWith(MEDIA)) {
                    throw new IllegalArgumentException("a queue has no field '" + field + "'");
                }
                String type = mediaType(field);
                ConfigSnapshot.Media from = source.media().get(type);
                ConfigSnapshot.Media into = media.getOrDefault(type, new ConfigSnapshot.Media(null, null, null));
                ConfigSnapshot.Media merged = mediaWith(into, mediaAttribute(field), from == null
                        ? new ConfigSnapshot.Media(null, null, null) : from);
                if (merged.alertingTimeoutSeconds() == null && merged.serviceLevelPercentage() == null
                        && merged.serviceLevelDurationMs() == null) {
                    media.remove(type);
                } else {
                    media.put(type, merged);
                }
            }
        }
        return new ConfigSnapshot.Queue(description, division, method, wrapup, acw, media, members, rings, rules,
                flow, groups);
    }

    static String mediaType(String field) {
        return field.substring(MEDIA.length(), field.lastIndexOf('.'));
    }

    static String mediaAttribute(String field) {
        return field.substring(field.lastIndexOf('.') + 1);
    }

    static ConfigSnapshot.Media mediaWith(ConfigSnapshot.Media into, String attribute, ConfigSnapshot.Media from) {
        return switch (attribute) {
            case "alertingTimeoutSeconds" -> new ConfigSnapshot.Media(from.alertingTimeoutSeconds(),
                    into.serviceLevelPercentage(), into.serviceLevelDurationMs());
            case "serviceLevelPercentage" -> new ConfigSnapshot.Media(into.alertingTimeoutSeconds(),
                    from.serviceLevelPercentage(), into.serviceLevelDurationMs());
            case "serviceLevelDurationMs" -> new ConfigSnapshot.Media(into.alertingTimeoutSeconds(),
                    into.serviceLevelPercentage(), from.serviceLevelDurationMs());
            default -> throw new IllegalArgumentException("a queue's media has no field '" + attribute + "'");
        };
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
