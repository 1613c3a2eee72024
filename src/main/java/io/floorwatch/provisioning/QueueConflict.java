package io.floorwatch.provisioning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A save refused because the queue changed after the edit was opened: per field the value when opened, the one
 * typed, and the one in Genesys now. The supervisor keeps theirs or mine where both changed a field; a field only
 * one side changed takes that side's value.
 *
 * @param theirs              the queue as it is now: the edit to save against after choosing
 * @param changedOutsideForm  the modification time moved but no field the form shows differs (someone changed the
 *                            group routing rules or another media type's settings, say)
 */
public record QueueConflict(QueueEdit theirs, List<Row> rows, boolean changedOutsideForm) {
    /** Which side changed a field since it was opened. */
    public enum Kind {
        /** Only the supervisor changed it: mine is kept. */
        MINE,
        /** Only someone else changed it: theirs is kept. */
        THEIRS,
        /** Both changed it to the same value. */
        SAME,
        /** Both changed it, differently: the supervisor chooses. */
        BOTH
    }

    /** The side a supervisor keeps for a field both changed. */
    public enum Side { MINE, THEIRS }

    public record Row(String column, String opened, String mine, String theirs) {
        public Kind kind() {
            if (mine.equals(theirs)) {
                return Kind.SAME;
            }
            if (mine.equals(opened)) {
                return Kind.THEIRS;
            }
            return theirs.equals(opened) ? Kind.MINE : Kind.BOTH;
        }
    }

    public QueueConflict {
        rows = List.copyOf(rows);
    }

    /** The fields where the three differ in any way, in the form's order. */
    static QueueConflict between(QueueEdit opened, Map<String, String> mine, QueueEdit theirs) {
        List<Row> rows = new ArrayList<>();
        boolean theirsDiffer = false;
        for (String column : QueueCells.EDITABLE) {
            String o = opened.cells().getOrDefault(column, "");
            String m = mine.getOrDefault(column, "");
            String t = theirs.cells().getOrDefault(column, "");
            if (!(o.equals(m) && o.equals(t))) {
                rows.add(new Row(column, o, m, t));
            }
            theirsDiffer |= !o.equals(t);
        }
        return new QueueConflict(theirs, rows, !theirsDiffer);
    }

    public List<Row> conflicting() {
        return rows.stream().filter(r -> r.kind() == Kind.BOTH).toList();
    }

    /**
     * The cells to save against {@link #theirs}: each field as the side that changed it has it, and where both
     * did, the side chosen ({@code choices} by column; a field without a choice keeps mine).
     */
    public Map<String, String> merged(Map<String, Side> choices) {
        Map<String, String> merged = new LinkedHashMap<>(theirs.cells());
        for (Row row : rows) {
            Kind kind = row.kind();
            boolean keepMine = kind == Kind.MINE || kind == Kind.SAME
                    || kind == Kind.BOTH && choices.getOrDefault(row.column(), Side.MINE) == Side.MINE;
            merged.put(row.column(), keepMine ? row.mine() : row.theirs());
        }
        return merged;
    }
}
