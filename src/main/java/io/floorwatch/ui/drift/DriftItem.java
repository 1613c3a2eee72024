package io.floorwatch.ui.drift;

/**
 * One row of the drift table as the View shows it: a difference, or a group heading with its count.
 *
 * @param group    for a heading, "Queues (3)"; empty for a difference
 * @param severity LOW, MEDIUM or HIGH (tints the row)
 */
public record DriftItem(String group, String type, String entity, String field, String baseline, String live,
        String change, String severity, String key) {
    public static DriftItem heading(String title) {
        return new DriftItem(title, "", "", "", "", "", "", "", "group:" + title);
    }

    public boolean isHeading() {
        return !group.isEmpty();
    }
}
