package io.floorwatch.drift;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a comparison leaves out: fields by "TYPE.field" ("QUEUE.members", "AGENT_SKILL.proficiency", or "QUEUE.*"),
 * and entities by a pattern with {@code *} wildcards ("Test *", "* - Sandbox"), any case.
 */
public record IgnoreRules(List<String> fields, List<String> entities) {
    public IgnoreRules {
        fields = fields == null ? List.of() : List.copyOf(fields);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }

    public static IgnoreRules none() {
        return new IgnoreRules(List.of(), List.of());
    }

    public boolean ignores(DriftRow.EntityType type, String entity, String field) {
        for (String rule : fields) {
            String r = rule.trim().toUpperCase(Locale.ROOT);
            String wanted = (type.name() + "." + field).toUpperCase(Locale.ROOT);
            if (r.equals(wanted) || r.equals(type.name() + ".*") || r.equals("*." + field.toUpperCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String pattern : entities) {
            String regex = "(?i)" + String.join(".*", Arrays.stream(pattern.trim().split("\\*", -1))
                    .map(Pattern::quote).toList());
            if (entity.matches(regex)) {
                return true;
            }
        }
        return false;
    }
}
