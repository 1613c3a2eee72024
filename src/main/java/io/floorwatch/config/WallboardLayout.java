package io.floorwatch.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a wallboard shows and how: read from a small JSON file ({@code floorwatch wallboard --layout FILE}) so one
 * TV can show a team and another the whole floor, or left at its defaults.
 *
 * @param title       the heading across the top ("Floorwatch" when blank)
 * @param groupBy     agent cards grouped by their state or by their team
 * @param cards       every agent, or only those needing attention (not responding, a long interaction, an alert):
 *                    on a floor of thousands the second is the board a TV can show
 * @param queues      the queues shown as tiles, and whose members are shown as cards, by name; empty for all
 * @param teams       the teams whose agents are shown as cards; empty for all
 * @param showOffline whether agents who are off line get cards (they are counted either way)
 * @param pageSeconds how long a page shows before the next when there is more than one screenful
 * @param scale       text size against the board's own (1 is readable from 3 m on a 1080p TV)
 */
public record WallboardLayout(String title, GroupBy groupBy, Cards cards, List<String> queues, List<String> teams,
        boolean showOffline, int pageSeconds, double scale) {
    /** The marker and version a layout file carries. */
    public static final String MARKER = "floorwatchWallboard";
    public static final int VERSION = 1;
    public static final int MIN_PAGE_SECONDS = 5;
    public static final int MAX_PAGE_SECONDS = 600;
    public static final double MIN_SCALE = 0.5;
    public static final double MAX_SCALE = 3;

    /** How agent cards are grouped. */
    public enum GroupBy { STATE, TEAM }

    /** Which agents get a card. */
    public enum Cards { ALL, ATTENTION }

    public WallboardLayout {
        title = title == null || title.isBlank() ? "Floorwatch" : title.strip();
        groupBy = groupBy == null ? GroupBy.STATE : groupBy;
        cards = cards == null ? Cards.ALL : cards;
        queues = names(queues);
        teams = names(teams);
        List<String> problems = new ArrayList<>();
        if (pageSeconds < MIN_PAGE_SECONDS || pageSeconds > MAX_PAGE_SECONDS) {
            problems.add("pageSeconds must be " + MIN_PAGE_SECONDS + " to " + MAX_PAGE_SECONDS + ", not "
                    + pageSeconds);
        }
        if (Double.isNaN(scale) || scale < MIN_SCALE || scale > MAX_SCALE) {
            problems.add("scale must be " + MIN_SCALE + " to " + MAX_SCALE + ", not " + scale);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static List<String> names(List<String> names) {
        if (names == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a queue or team name must not be empty");
            }
            kept.add(name.strip());
        }
        return List.copyOf(kept);
    }

    /** Every queue, every team, grouped by state, a page every 15 s, at the board's own size. */
    public static WallboardLayout defaults() {
        return new WallboardLayout("Floorwatch", GroupBy.STATE, Cards.ALL, List.of(), List.of(), false, 15, 1);
    }

    public WallboardLayout withGroupBy(GroupBy newGroupBy) {
        return new WallboardLayout(title, newGroupBy, cards, queues, teams, showOffline, pageSeconds, scale);
    }

    public WallboardLayout withCards(Cards newCards) {
        return new WallboardLayout(title, groupBy, newCards, queues, teams, showOffline, pageSeconds, scale);
    }

    public WallboardLayout withScale(double newScale) {
        double bounded = Math.max(MIN_SCALE, Math.min(MAX_SCALE, newScale));
        return new WallboardLayout(title, groupBy, cards, queues, teams, showOffline, pageSeconds, bounded);
    }

    /** Whether a queue (by name) is on this board. */
    public boolean showsQueue(String name) {
        return queues.isEmpty() || queues.stream().anyMatch(q -> q.equalsIgnoreCase(name));
    }

    /** Whether a team's agents are on this board. */
    public boolean showsTeam(String team) {
        return teams.isEmpty() || teams.stream().anyMatch(t -> t.equalsIgnoreCase(team == null ? "" : team));
    }

    /** Whether an agent in these queues (names) is on this board: a member of any queue shown, or any queue. */
    public boolean showsMemberOf(List<String> agentQueues) {
        return queues.isEmpty() || agentQueues.stream().anyMatch(this::showsQueue);
    }

    /** "state" or "team", as the board's heading says what it groups by. */
    public String groupWord() {
        return groupBy.name().toLowerCase(Locale.ROOT);
    }
}
