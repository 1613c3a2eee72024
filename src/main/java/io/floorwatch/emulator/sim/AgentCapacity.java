package io.floorwatch.emulator.sim;

import com.fasterxml.jackson.databind.JsonNode;
import io.floorwatch.domain.MediaType;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What an agent's utilisation lets them take: at most {@code maximumCapacity} interactions of a media at once, and
 * a new one only if every media they are already handling may be interrupted by it ({@code interruptableMediaTypes}
 * lists, for a media, the media that may interrupt it).
 */
final class AgentCapacity {
    private final Map<MediaType, Integer> maximum = new EnumMap<>(MediaType.class);
    private final Map<MediaType, Set<MediaType>> interruptedBy = new EnumMap<>(MediaType.class);

    /** From a utilisation document, media type to {@code MediaUtilization}. */
    static AgentCapacity of(JsonNode utilization) {
        AgentCapacity capacity = new AgentCapacity();
        for (MediaType media : MediaType.values()) {
            JsonNode setting = utilization.path(media.wireName());
            capacity.maximum.put(media, setting.path("maximumCapacity").asInt(0));
            Set<MediaType> by = EnumSet.noneOf(MediaType.class);
            setting.path("interruptableMediaTypes").forEach(t -> MediaType.fromWire(t.asText()).ifPresent(by::add));
            capacity.interruptedBy.put(media, by);
        }
        return capacity;
    }

    int maximum(MediaType media) {
        return maximum.getOrDefault(media, 0);
    }

    /** Whether one more of {@code media} fits beside {@code handling} (media to how many now). */
    boolean canTake(MediaType media, Map<MediaType, Integer> handling) {
        if (handling.getOrDefault(media, 0) >= maximum(media)) {
            return false;
        }
        for (Map.Entry<MediaType, Integer> held : handling.entrySet()) {
            if (held.getKey() != media && held.getValue() > 0
                    && !interruptedBy.getOrDefault(held.getKey(), Set.of()).contains(media)) {
                return false;
            }
        }
        return true;
    }
}
