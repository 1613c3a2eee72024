package io.floorwatch.domain;

import java.util.Objects;

/** An org-wide routing skill. */
public record Skill(String id, String name, SkillState state) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }
}
