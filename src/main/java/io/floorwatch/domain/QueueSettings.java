package io.floorwatch.domain;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The settings of a routing queue that Floorwatch reads and writes.
 *
 * @param media media type ("call", "callback", "chat", "email", "message") to its settings
 */
public record QueueSettings(
        String name,
        String description,
        String divisionId,
        SkillEvaluationMethod skillEvaluationMethod,
        String wrapupPrompt,
        Long acwTimeoutMs,
        Map<String, MediaSettings> media) {
    public QueueSettings {
        Objects.requireNonNull(name, "name");
        media = media == null ? Map.of() : Map.copyOf(new TreeMap<>(media));
    }

    public static QueueSettings named(String name) {
        return new QueueSettings(name, null, null, null, null, null, Map.of());
    }

    public QueueSettings withDescription(String newDescription) {
        return new QueueSettings(name, newDescription, divisionId, skillEvaluationMethod, wrapupPrompt, acwTimeoutMs, media);
    }
}
