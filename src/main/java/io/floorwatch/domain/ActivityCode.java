package io.floorwatch.domain;

import java.util.Objects;

/** A business unit's activity code: what a scheduled activity is called and which category it counts as. */
public record ActivityCode(String id, String name, ActivityCategory category) {
    public ActivityCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }
}
