package io.floorwatch.ui.wallboard;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays groups of cards out on pages of a grid: a group starts with a heading that takes a row of its own, its cards
 * fill the rows under it, and a group that runs past a page goes on at the top of the next under its heading again
 * ("continued"). A group never starts on a page's last row (a heading alone at the bottom says nothing). Pure: the
 * grid's size comes from the view, the groups from the model.
 */
final class CardPages {
    /** A heading row (with its group's style key) or a card, at its row and column of the page. */
    record Slot(int row, int column, String heading, String styleKey, AgentCard card) {
        boolean isHeading() {
            return heading != null;
        }
    }

    /** A group of cards under its heading ("Idle", "Team Billing"), with how many agents it counts. */
    record Group(String title, String styleKey, List<AgentCard> cards) {
    }

    private CardPages() {
    }

    /**
     * The pages, each a list of slots. At least one page, empty when there are no groups or no room.
     *
     * @param columns cards across a row, at least 1
     * @param rows    rows on a page, at least 2 (a heading and a row of cards)
     */
    static List<List<Slot>> paginate(List<Group> groups, int columns, int rows) {
        List<List<Slot>> pages = new ArrayList<>();
        List<Slot> page = new ArrayList<>();
        pages.add(page);
        if (columns < 1 || rows < 2) {
            return pages;
        }
        int row = 0;
        for (Group group : groups) {
            if (group.cards().isEmpty()) {
                continue;
            }
            boolean continued = false;
            int next = 0;
            while (next < group.cards().size()) {
                if (row > rows - 2) {
                    page = new ArrayList<>();
                    pages.add(page);
                    row = 0;
                }
                page.add(new Slot(row++, 0, heading(group, continued), group.styleKey(), null));
                while (row < rows && next < group.cards().size()) {
                    for (int column = 0; column < columns && next < group.cards().size(); column++) {
                        page.add(new Slot(row, column, null, null, group.cards().get(next++)));
                    }
                    row++;
                }
                continued = true;
                if (next < group.cards().size()) {
                    row = rows;
                }
            }
        }
        return pages;
    }

    private static String heading(Group group, boolean continued) {
        return group.title() + "  " + String.format("%,d", group.cards().size()) + (continued ? "  (continued)" : "");
    }
}
