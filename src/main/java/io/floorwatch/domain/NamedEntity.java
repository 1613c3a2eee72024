package io.floorwatch.domain;

/** Something of the org known by id and name: a division, group, team, skill group or flow. */
public record NamedEntity(String id, String name) {
}
