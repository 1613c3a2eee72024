package io.floorwatch.emulator.org;

/** Told of every change to the org that a notification topic carries. Called on the thread that made it. */
public interface OrgListener {
    void presenceChanged(EmUser user, EmUser.Status status);

    void routingStatusChanged(EmUser user, EmUser.Status status);

    void membershipChanged(EmQueue queue, String userId, boolean member);

    /** One of the user's conversations changed: connected, held or resumed, disconnected, or wrapped up. */
    default void conversationChanged(EmUser user, EmConversation conversation) {
    }
}
