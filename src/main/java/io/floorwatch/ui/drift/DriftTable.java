package io.floorwatch.ui.drift;

import io.floorwatch.drift.DriftRow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The drift table as plain functions: which rows a filter lets through, how they are grouped under a heading per
 * entity type, and the counts line ("Queues 0 of 1 · Skills 0 · Agent skills 1"). No JavaFX, so it is tested as
 * a function of rows and filter.
 */
public final class DriftTable {
    /** Filter choice for "any". */
    public static final String ANY = "Any";

    /** What the supervisor narrowed the table to; {@link #ANY} or an empty search lets everything through. */
    public record Filter(String type, String change, String severity, String search) {
        public static final Filter NONE = new Filter(ANY, ANY, ANY, "");

        boolean passes(DriftRow row) {
            if (!ANY.equals(type) && !row.type().plural().equals(type)) {
                return false;
            }
            if (!ANY.equals(change) && !row.change().name().equalsIgnoreCase(change)) {
                return false;
            }
            if (!ANY.equals(severity) && !row.severity().name().equalsIgnoreCase(severity)) {
                return false;
            }
            String needle = search == null ? "" : search.trim().toLowerCase(Locale.ROOT);
            return needle.isEmpty() || (row.label() + " " + row.field() + " " + row.baseline() + " " + row.live())
                    .toLowerCase(Locale.ROOT).contains(needle);
        }
    }

    /** The table as shown: headings and rows in order, and the counts line (empty when there are no rows). */
    public record Grouped(List<DriftItem> items, String counts) {
    }

    private DriftTable() {
    }

    /** Groups the rows the filter lets through by entity type, in the types' order, each under its heading. */
    public static Grouped group(List<DriftRow> rows, Filter filter) {
        Map<DriftRow.EntityType, List<DriftRow>> shown = new EnumMap<>(DriftRow.EntityType.class);
        Map<DriftRow.EntityType, Integer> all = new EnumMap<>(DriftRow.EntityType.class);
        for (DriftRow row : rows) {
            all.merge(row.type(), 1, Integer::sum);
            if (filter.passes(row)) {
                shown.computeIfAbsent(row.type(), k -> new ArrayList<>()).add(row);
            }
        }
        List<DriftItem> items = new ArrayList<>();
        List<String> tally = new ArrayList<>();
        for (DriftRow.EntityType type : DriftRow.EntityType.values()) {
            List<DriftRow> ofType = shown.getOrDefault(type, List.of());
            int total = all.getOrDefault(type, 0);
            tally.add(type.plural() + " " + (ofType.size() == total ? total : ofType.size() + " of " + total));
            if (!ofType.isEmpty()) {
                items.add(DriftItem.heading(type.plural() + " (" + ofType.size() + ")"));
                ofType.forEach(r -> items.add(item(r)));
            }
        }
        return new Grouped(List.copyOf(items), rows.isEmpty() ? "" : String.join(" · ", tally));
    }

    static DriftItem item(DriftRow row) {
        return new DriftItem("", row.type().plural(), row.label(), row.field().equals("*") ? "(whole entity)"
                : row.field(), row.baseline(), row.live(), row.change().name().toLowerCase(Locale.ROOT),
                row.severity().name(), row.key());
    }

    public static List<String> typeChoices() {
        List<String> choices = new ArrayList<>(List.of(ANY));
        for (DriftRow.EntityType type : DriftRow.EntityType.values()) {
            choices.add(type.plural());
        }
        return List.copyOf(choices);
    }

    public static List<String> changeChoices() {
        return List.of(ANY, "Added", "Removed", "Changed");
    }

    public static List<String> severityChoices() {
        return List.of(ANY, "High", "Medium", "Low");
    }

    /** "1 difference", "3 differences". */
    static String differences(int count) {
        return count + (count == 1 ? " difference" : " differences");
    }

    /** "1 difference remains.", "3 differences remain." */
    static String remaining(int count) {
        return differences(count) + (count == 1 ? " remains." : " remain.");
    }
}
