package io.floorwatch.domain;

import java.util.Objects;

/** A team, group or skill group named in a queue spec; resolved to its id by name before anything is sent. */
public record GroupRef(String name, GroupType type) {
    public GroupRef {
        name = name == null ? "" : name.trim();
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return type + ":" + name;
    }
}
