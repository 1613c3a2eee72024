package io.floorwatch.config;

import java.util.List;

/**
 * The scheduled drift check: which saved baseline the live org is compared with, how often, and what the
 * comparison leaves out.
 *
 * @param baselineName   a baseline saved in history; empty for no scheduled check
 * @param intervalMinutes minutes between checks, 1 to 1440 (a check of a big org takes hundreds of calls)
 * @param ignoreFields   "TYPE.field" rules ("QUEUE.members", "AGENT_SKILL.*")
 * @param ignoreEntities entity name patterns with {@code *} ("Test *")
 */
public record DriftSettings(String baselineName, int intervalMinutes, List<String> ignoreFields,
        List<String> ignoreEntities) {
    public static final int DEFAULT_INTERVAL_MINUTES = 15;

    public DriftSettings {
        baselineName = baselineName == null ? "" : baselineName.trim();
        if (intervalMinutes == 0) {
            intervalMinutes = DEFAULT_INTERVAL_MINUTES;
        }
        if (intervalMinutes < 1 || intervalMinutes > 1440) {
            throw new IllegalArgumentException("the drift check interval must be 1 to 1440 minutes, not "
                    + intervalMinutes);
        }
        ignoreFields = ignoreFields == null ? List.of() : ignoreFields.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        ignoreEntities = ignoreEntities == null ? List.of() : ignoreEntities.stream().map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    public static DriftSettings defaults() {
        return new DriftSettings("", DEFAULT_INTERVAL_MINUTES, List.of(), List.of());
    }

    public boolean scheduled() {
        return !baselineName.isEmpty();
    }

    public DriftSettings withBaseline(String name) {
        return new DriftSettings(name, intervalMinutes, ignoreFields, ignoreEntities);
    }
}
