package io.floorwatch.domain;

import java.util.Objects;

/**
 * A user of the org as the floor sees them.
 *
 * @param team  the team's name, or empty when the user belongs to none
 * @param title the user's job title in Genesys ("Agent", "Supervisor"), or empty: the role alert rules can be
 *              scoped to
 */
public record Agent(String id, String name, String email, String team, String title) {
    public Agent {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        team = team == null ? "" : team;
        title = title == null ? "" : title;
    }

    public Agent(String id, String name, String email, String team) {
        this(id, name, email, team, "");
    }
}
