package io.floorwatch.domain;

import java.util.Collections;
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
        media = media == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(media));
    }

    /** The capacity for {@code mediaType}, 0 when the setting does not name it. */
    public int capacity(String mediaType) {
        MediaUtilization m = media.get(mediaType);
        return m == null ? 0 : m.maximumCapacity();
    }

    /** Whether the setting names the media: Genesys names every media it caps, so one not named is not capped. */
    public boolean caps(MediaType type) {
        return media.containsKey(type.wireName());
    }

    /** Whether {@code count} interactions of the media are more than the setting allows; never for one not named. */
    public boolean over(MediaType type, long count) {
        return caps(type) && count > capacity(type.wireName());
    }
}
