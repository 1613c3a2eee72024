package io.floorwatch.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * The media an agent handles interactions on, as utilisation and queue media settings name them ("call",
 * "callback", "chat", "email", "message"). Analytics names voice "voice"; notifications name the session lists
 * "calls", "callbacks", "chats", "emails", "messages". {@link #fromWire} reads every spelling.
 */
public enum MediaType {
    CALL("call", "Voice", "voice", "calls"),
    CALLBACK("callback", "Callback", "callback", "callbacks"),
    CHAT("chat", "Chat", "chat", "chats"),
    EMAIL("email", "Email", "email", "emails"),
    MESSAGE("message", "Message", "message", "messages");

    private final String wireName;
    private final String label;
    private final String analyticsName;
    private final String sessionList;

    MediaType(String wireName, String label, String analyticsName, String sessionList) {
        this.wireName = wireName;
        this.label = label;
        this.analyticsName = analyticsName;
        this.sessionList = sessionList;
    }

    /** The utilisation and media-settings key: "call". */
    public String wireName() {
        return wireName;
    }

    /** For people: "Voice". */
    public String label() {
        return label;
    }

    /** Analytics' {@code mediaType}: "voice" for calls, the wire name otherwise. */
    public String analyticsName() {
        return analyticsName;
    }

    /** The participant's list of sessions of this media in a conversation event: "calls". */
    public String sessionList() {
        return sessionList;
    }

    /** Any of the names Genesys uses for the media, in any case. */
    public static Optional<MediaType> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (MediaType type : values()) {
            if (type.wireName.equals(lower) || type.analyticsName.equals(lower) || type.sessionList.equals(lower)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
