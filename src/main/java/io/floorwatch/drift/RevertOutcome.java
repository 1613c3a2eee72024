package io.floorwatch.drift;

/** What reverting one drift row did: written (and read back) or not, and why. */
public record RevertOutcome(DriftRow row, boolean reverted, String message) {
}
