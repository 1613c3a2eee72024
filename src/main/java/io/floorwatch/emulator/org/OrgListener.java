package io.floorwatch.emulator.org;

/** Told of every change to the org that a notification topic carries. Called on the thread that made it. */
public interface OrgListener {
    void presenceChanged(EmUser user, EmUser.Status status);

    void routingStatusChanged(EmUser user, EmUser.Status status);

    void membershipChanged(EmQueue queue, String userId, boolean member);
}
