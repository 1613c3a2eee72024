package io.floorwatch.config;

/**
 * The floor's part of a saved view: its filters and its table. The filters are kept by their values as the floor's
 * choices name them (a queue's, team's or skill's name; a state, work or adherence filter by its constant's name),
 * as text: a value this Floorwatch does not know (a file from a newer one) is kept, and ignored when applied.
 *
 * @param text      the search text; empty for none
 * @param queue     a queue's name; null for every queue
 * @param team      a team's name; null for every team
 * @param skill     a skill's name; null for every skill
 * @param activity  the state filter's name ({@code IDLE}, {@code ON_BREAK}, ...); null for every state
 * @param work      the work filter's name ({@code ON_HOLD}, ...); null for any work
 * @param adherence the adherence filter's name ({@code OUT}, ...); null for any adherence
 */
public record FloorLayout(String text, String queue, String team, String skill, String activity, String work,
        String adherence, TableLayout table) {
    public FloorLayout {
        text = text == null ? "" : text;
        queue = blankIsNone(queue);
        team = blankIsNone(team);
        skill = blankIsNone(skill);
        activity = blankIsNone(activity);
        work = blankIsNone(work);
        adherence = blankIsNone(adherence);
        table = table == null ? TableLayout.none() : table;
    }

    /** No filter and the table as it is. */
    public static FloorLayout none() {
        return new FloorLayout("", null, null, null, null, null, null, TableLayout.none());
    }

    static String blankIsNone(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
