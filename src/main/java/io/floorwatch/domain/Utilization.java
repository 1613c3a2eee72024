package io.floorwatch.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * An agent's or the org's utilisation: each media type's capacity. An agent without a setting of their own has the
 * org's, and Genesys says which applies.
 *
 * @param media    media type ("call", "callback", "chat", "email", "message") to its capacity, sorted by type
 * @param agentOwn whether this is the agent's own setting rather than the org's
 */
public record Utilization(Map<String, MediaUtilization> media, boolean agentOwn) {
    public Utilization {
        media = media == null ? Map.of() : new TreeMap<>(media);
    }

    /** The capacity for {@code mediaType}, 0 when the setting does not name it. */
    public int capacity(String mediaType) {
        MediaUtilization m = media.get(mediaType);
        return m == null ? 0 : m.maximumCapacity();
    }
}
