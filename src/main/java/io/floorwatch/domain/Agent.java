package io.floorwatch.domain;

import java.util.Objects;

/**
 * A user of the org as the floor sees them.
 *
 * @param team  the team's name, or empty when the user belongs to none
 * @param title the user's job title in Genesys ("Agent", "Supervisor"), or empty: the role alert rules can be
 *              scoped to
 * @param divisionId the id of the user's division ({@code User.division.id}), or empty where the source does not
 *                   carry it (a roster record): what a collector's {@code division:} share matches
 * @param division   the division's name ({@code User.division.name}), or empty
 */
public record Agent(String id, String name, String email, String team, String title, String divisionId,
        String division) {
    public Agent {
        Objects.requireNonNull(id, "id");
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        team = team == null ? "" : team;
        title = title == null ? "" : title;
        divisionId = divisionId == null ? "" : divisionId;
        division = division == null ? "" : division;
    }

    /** A user whose division the source did not say. */
    public Agent(String id, String name, String email, String team, String title) {
        this(id, name, email, team, title, "", "");
    }

    public Agent(String id, String name, String email, String team) {
        this(id, name, email, team, "");
    }
}
