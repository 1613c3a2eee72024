package io.floorwatch.drift;

import io.floorwatch.domain.MediaSettings;

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
    /** The media's answering settings: compared only when both snapshots recorded them (format 3). */
    static final List<String> ANSWERING = List.of("enableAutoAnswer", "autoAnswerAlertToneSeconds",
            "manualAnswerAlertToneSeconds", "subTypeAutoAnswer");
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
            fields.put(MEDIA + type + ".enableAutoAnswer", text(media.enableAutoAnswer()));
            fields.put(MEDIA + type + ".autoAnswerAlertToneSeconds", text(media.autoAnswerAlertToneSeconds()));
            fields.put(MEDIA + type + ".manualAnswerAlertToneSeconds", text(media.manualAnswerAlertToneSeconds()));
            fields.put(MEDIA + type + ".subTypeAutoAnswer", media.subTypeAutoAnswer() == null ? ""
                    : String.join(", ", media.subTypeAutoAnswer().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
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
                ConfigSnapshot.Media merged = mediaWith(media.getOrDefault(type, ConfigSnapshot.Media.NONE),
                        mediaAttribute(field), source.media().getOrDefault(type, ConfigSnapshot.Media.NONE));
                if (merged.nothingSet()) {
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

    /** Whether {@code field} is a media's answering setting, which snapshots before format 3 did not record. */
    static boolean answering(String field) {
        return field.startsWith(MEDIA) && ANSWERING.contains(mediaAttribute(field));
    }

    /** {@code into} with {@code attribute} as {@code from} has it. */
    static ConfigSnapshot.Media mediaWith(ConfigSnapshot.Media into, String attribute, ConfigSnapshot.Media from) {
        Integer alerting = into.alertingTimeoutSeconds();
        Double percentage = into.serviceLevelPercentage();
        Long duration = into.serviceLevelDurationMs();
        Boolean autoAnswer = into.enableAutoAnswer();
        Double autoTone = into.autoAnswerAlertToneSeconds();
        Double manualTone = into.manualAnswerAlertToneSeconds();
        Map<String, Boolean> subTypes = into.subTypeAutoAnswer();
        switch (attribute) {
            case "alertingTimeoutSeconds" -> alerting = from.alertingTimeoutSeconds();
            case "serviceLevelPercentage" -> percentage = from.serviceLevelPercentage();
            case "serviceLevelDurationMs" -> duration = from.serviceLevelDurationMs();
            case "enableAutoAnswer" -> autoAnswer = from.enableAutoAnswer();
            case "autoAnswerAlertToneSeconds" -> autoTone = from.autoAnswerAlertToneSeconds();
            case "manualAnswerAlertToneSeconds" -> manualTone = from.manualAnswerAlertToneSeconds();
            case "subTypeAutoAnswer" -> subTypes = from.subTypeAutoAnswer();
            default -> throw new IllegalArgumentException("a queue's media has no field '" + attribute + "'");
        }
        return new ConfigSnapshot.Media(alerting, percentage, duration, autoAnswer, autoTone, manualTone, subTypes);
    }

    /** A queue's media settings as a snapshot records them. */
    static ConfigSnapshot.Media recorded(MediaSettings m) {
        return new ConfigSnapshot.Media(m.alertingTimeoutSeconds(), m.serviceLevelPercentage(),
                m.serviceLevelDurationMs(), m.enableAutoAnswer(), m.autoAnswerAlertToneSeconds(),
                m.manualAnswerAlertToneSeconds(), m.subTypeAutoAnswer());
    }

    /** A snapshot's media settings as a write sends them (a null leaves Genesys' value). */
    static MediaSettings settings(ConfigSnapshot.Media m) {
        return new MediaSettings(m.alertingTimeoutSeconds(), m.serviceLevelPercentage(), m.serviceLevelDurationMs(),
                m.enableAutoAnswer(), m.autoAnswerAlertToneSeconds(), m.manualAnswerAlertToneSeconds(),
                m.subTypeAutoAnswer());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
