package io.floorwatch.emulator.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.floorwatch.domain.MediaType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The org's utilisation: how many interactions of each media an agent takes at once, and which media interrupt
 * which. One org-wide setting and, for some agents, their own; an agent without their own has the org's. Kept as
 * Genesys' {@code MediaUtilization} documents by media type ("call", "callback", "chat", "email", "message").
 */
public final class EmUtilization {
    /** The media types Genesys' utilisation settings cover, by their wire names. */
    public static final List<String> MEDIA = Arrays.stream(MediaType.values()).map(MediaType::wireName).toList();

    /** The media types the org set itself; the others have Genesys' default. */
    private volatile ObjectNode org = Json.object();
    private final Map<String, ObjectNode> agents = new ConcurrentHashMap<>();
    /** Bumped by every change, so a reader that keeps what it derived knows when to derive again. */
    private final AtomicLong version = new AtomicLong();

    /** Genesys' system default: one call, one callback, four chats, one email, four messages; nothing interrupts. */
    public static ObjectNode defaults() {
        ObjectNode media = Json.object();
        for (MediaType type : MediaType.values()) {
            int capacity = type == MediaType.CHAT || type == MediaType.MESSAGE ? 4 : 1;
            media.set(type.wireName(), capacity(capacity, List.of(), false));
        }
        return media;
    }

    public static ObjectNode capacity(int maximumCapacity, List<String> interruptableMediaTypes,
            boolean includeNonAcd) {
        ObjectNode node = Json.object();
        node.put("maximumCapacity", maximumCapacity);
        interruptableMediaTypes.forEach(node.putArray("interruptableMediaTypes")::add);
        node.put("includeNonAcd", includeNonAcd);
        return node;
    }

    /** Every media type's setting: the org's own where it set one, Genesys' default elsewhere. */
    public ObjectNode org() {
        ObjectNode media = defaults();
        media.setAll(org.deepCopy());
        return media;
    }

    /** Replaces the org's own settings; "include only those media types requiring custom configuration". */
    public void setOrg(ObjectNode media) {
        org = media.deepCopy();
        version.incrementAndGet();
    }

    public long version() {
        return version.get();
    }

    public boolean hasOwn(String userId) {
        return agents.containsKey(userId);
    }

    /** The agent's own setting, if they have one. */
    public Optional<ObjectNode> agent(String userId) {
        return Optional.ofNullable(agents.get(userId)).map(ObjectNode::deepCopy);
    }

    public void setAgent(String userId, JsonNode media) {
        agents.put(userId, (ObjectNode) media.deepCopy());
        version.incrementAndGet();
    }

    /** Back to the org's setting; whether the agent had their own. */
    public boolean resetAgent(String userId) {
        version.incrementAndGet();
        return agents.remove(userId) != null;
    }

    /** What the agent has now: their own setting over the defaults, else the org's. */
    public ObjectNode effective(String userId) {
        return agent(userId).map(own -> {
            ObjectNode media = defaults();
            media.setAll(own);
            return media;
        }).orElseGet(this::org);
    }
}
