package io.floorwatch.domain;

/** One of the org's presence definitions (the ten primary ones or a custom one). */
public record PresenceDefinition(String id, String label, SystemPresence systemPresence, boolean primary) {
}
