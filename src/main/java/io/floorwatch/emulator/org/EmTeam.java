package io.floorwatch.emulator.org;

/** A team of the emulated org. */
public record EmTeam(String id, String name) {
}
