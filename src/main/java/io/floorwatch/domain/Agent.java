package io.floorwatch.domain;

import java.util.Objects;

/**
 * A user of the org as the floor sees them.
 *
 * @param team the team's name, or empty when the user belongs to none
 */
public record Agent(String id, String name, String email, String team) {
    public Agent {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        team = team == null ? "" : team;
    }
}
