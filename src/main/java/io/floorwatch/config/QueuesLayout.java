package io.floorwatch.config;

/**
 * The queues screen's part of a saved view: its filters and its table.
 *
 * @param text          the search text; empty for none
 * @param attentionOnly only the queues needing attention
 */
public record QueuesLayout(String text, boolean attentionOnly, TableLayout table) {
    public QueuesLayout {
        text = text == null ? "" : text;
        table = table == null ? TableLayout.none() : table;
    }

    /** No filter and the table as it is. */
    public static QueuesLayout none() {
        return new QueuesLayout("", false, TableLayout.none());
    }
}
